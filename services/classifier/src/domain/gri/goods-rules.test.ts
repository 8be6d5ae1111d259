import { describe, expect, it } from "vitest";
import { ch30BulkDrugs, ch35Adhesives, ch35RetailAdhesives, ch87MotorcycleParts, ch39PrimaryForms, ch39vs40, ch42Containers, ch64Footwear, ch94Furniture, ch70Glassware, ch23PetFood, ch61CoatedGloves, ch68WorkedStone, ch94Seats, ch95Exclusions, ch95Headings, footwearMaterials } from "./index.js";
import { applyEffect } from "./rule.js";
import { attrs, cand } from "./fixtures.test-util.js";

describe("Chapter 95 note 1: goods chapter 95 does not cover", () => {
  it("excludes a polyester soccer jersey from 9506 in favour of ch. 61 — sports clothing of textiles is not a sports requisite (ch. 95 note 1(e))", () => {
    const a = attrs({ text: "soccer jersey polyester", mats: ["synthetic"], construction: "knitted" });
    const cs = [cand("950699", 1), cand("611030", 0.6)];
    const e = ch95Exclusions.apply(cs, a);
    expect(e.excluded.map((x) => x.hs6)).toEqual(["950699"]);
    expect(e.applied[0]!.reason).toMatch(/note 1\(e\)/);
    expect(applyEffect(cs, e).map((c) => c.hs6)).toEqual(["611030"]);
  });

  it("demotes 9506 for football boots when no ch. 64 candidate exists — sports footwear is in ch. 64 (ch. 95 note 1(g))", () => {
    const e = ch95Exclusions.apply([cand("950699")], attrs({ text: "football boots with studs" }));
    expect(e.adjusted[0]).toEqual(expect.objectContaining({ hs6: "950699", factor: 0.3 }));
  });

  it("keeps roller skates in chapter 95 — skating boots with skates attached are the exception (ch. 95 note 1(g))", () => {
    expect(ch95Exclusions.apply([cand("950670")], attrs({ text: "inline skates boots" })).applied).toEqual([]);
  });

  it("moves a plastic dog chew toy out of 9503 — toys for animals are not toys (ch. 95 note 5)", () => {
    const e = ch95Exclusions.apply([cand("950300")], attrs({ text: "dog chew toy", mats: ["plastic"] }));
    expect(e.redirected[0]!.to).toBe("392690");
  });

  it("moves a gym bag from 9506 to 4202.92 — sports bags are containers of 4202 (ch. 95 note 1(d))", () => {
    const e = ch95Exclusions.apply([cand("950691")], attrs({ text: "gym duffel bag", mats: ["synthetic"] }));
    expect(e.redirected[0]!.to).toBe("420292");
  });

  it("keeps rackets put up with their carry bag in chapter 95 — the bag named after 'with' accompanies the goods (GRI 3(b), 5(a)); a bag named as the goods still moves", () => {
    const name = "tennis racket set of 2 with balls and carry bag";
    expect(ch95Exclusions.apply([cand("950659")], attrs({ cleanName: name, text: name, mats: ["synthetic"] })).redirected).toEqual([]);
    const bag = "tennis racket bag with shoulder strap";
    expect(ch95Exclusions.apply([cand("950659")], attrs({ cleanName: bag, text: bag, mats: ["synthetic"] })).redirected[0]!.to).toBe("420292");
  });

  it("keeps a children's play tent in 9503 — a play tent or playhouse is a toy, not a tent or camping good of 6306 (ch. 95 note 1); a kids' camping tent still moves", () => {
    expect(ch95Exclusions.apply([cand("950300")], attrs({ text: "kids play tent castle pop up playhouse polyester", mats: ["synthetic"] })).redirected).toEqual([]);
    expect(ch95Exclusions.apply([cand("950300")], attrs({ text: "teepee tent for kids with mat", mats: ["cotton"] })).redirected).toEqual([]);
    expect(ch95Exclusions.apply([cand("950699")], attrs({ text: "kids camping tent 2 person", mats: ["synthetic"] })).redirected[0]!.to).toBe("630622");
  });

  it("moves swimming goggles to 9004.90 (ch. 95 note 1(r))", () => {
    expect(ch95Exclusions.apply([cand("950629")], attrs({ text: "swimming goggles anti fog" })).redirected[0]!.to).toBe("900490");
  });

  it("moves leather boxing gloves to 4203.21 — gloves are classified by constituent material (ch. 95 note 1(w))", () => {
    expect(ch95Exclusions.apply([cand("950699")], attrs({ text: "boxing gloves", mats: ["leather"] })).redirected[0]!.to).toBe("420321");
  });
});

describe("Chapter 95 headings: toys vs festive articles vs sports requisites", () => {
  it("prefers 9505 for Christmas tree ornaments over 9503 — festive articles (heading 9505, ch. 95 additional note 1)", () => {
    const cs = [cand("950300", 1), cand("950510", 0.9)];
    const e = ch95Headings.apply(cs, attrs({ text: "christmas tree ornaments glitter balls" }));
    expect(applyEffect(cs, e)[0]!.hs6).toBe("950510");
    expect(e.applied[0]!.id).toBe("95-headings");
  });

  it("prefers 9506 for yoga mats over 9503 — equipment for physical exercise (heading 9506)", () => {
    const cs = [cand("950300", 1), cand("950691", 0.8)];
    expect(applyEffect(cs, ch95Headings.apply(cs, attrs({ text: "yoga mat fitness" })))[0]!.hs6).toBe("950691");
  });

  it("prefers 9503 when the goods are called a toy, even if sporty — 'toy' basketball hoop (heading 9503)", () => {
    const cs = [cand("950699", 1), cand("950300", 0.8)];
    expect(applyEffect(cs, ch95Headings.apply(cs, attrs({ text: "kids toy basketball hoop" })))[0]!.hs6).toBe("950300");
  });
});

describe("Chapter 64 notes 3-4: footwear by upper and outer sole", () => {
  it("reads a faux-suede upper as textile, not leather — imitation suede is a napped textile (ch. 64 note 4(a))", () => {
    const a = attrs({ text: "women boots upper material: faux suede outsole material: rubber", mats: ["textile"] });
    expect(footwearMaterials(a)).toEqual(expect.objectContaining({ upper: "textile" }));
  });
  it("moves canvas sneakers from 6402.99 to 6404.19 — the upper of textile materials decides (ch. 64 note 4(a))", () => {
    const a = attrs({ text: "canvas sneakers upper material: canvas outsole material: rubber", mats: ["textile"] });
    expect(footwearMaterials(a)).toEqual(expect.objectContaining({ upper: "textile", sole: "rubber_plastics" }));
    const e = ch64Footwear.apply([cand("640299")], a);
    expect(e.redirected[0]!.to).toBe("640419");
    expect(e.applied[0]!.reason).toMatch(/note 4\(a\)/);
  });

  it("reads the part-first wording of rulings — 'an upper of leather', 'outer soles made of rubber' — for the upper and the outer sole (ch. 64 note 4)", () => {
    const boot = attrs({ text: "a men's boot with a rubber outer sole and an upper of leather covering the ankle" });
    expect(footwearMaterials(boot)).toEqual(expect.objectContaining({ upper: "leather", sole: "rubber_plastics", upperFrom: "text" }));
    expect(ch64Footwear.apply([cand("640291")], boot).redirected[0]!.to).toBe("640391");
    const slipOn = attrs({ text: "a slip-on shoe with outer soles made of rubber and uppers made of textile materials" });
    expect(footwearMaterials(slipOn)).toEqual(expect.objectContaining({ upper: "textile", sole: "rubber_plastics" }));
  });

  it("moves training shoes with leather uppers out of 6404.11 to 6403.99, not 6403.19 — sports footwear only with spikes, cleats and the like (subheading note 1 to ch. 64)", () => {
    const trainers = attrs({ text: "men's athletic shoes with outer soles of rubber and uppers of leather" });
    expect(ch64Footwear.apply([cand("640411")], trainers).redirected[0]!.to).toBe("640399");
    expect(ch64Footwear.apply([cand("640319")], trainers).redirected[0]!.to).toBe("640399");
    const cleats = attrs({ text: "soccer cleats with rubber studs, outer soles of rubber and uppers of leather" });
    expect(ch64Footwear.apply([cand("640411")], cleats).redirected[0]!.to).toBe("640319");
  });

  it("keeps sports shoes with a textile upper in 6404.11 — 'training shoes and the like' named there — when the material read first was the rubber sole (ch. 64 note 4(a); subheading 6404.11)", () => {
    const a = attrs({ text: "a pair of sports shoes with outer soles of rubber and uppers of textile material (polyester mesh), for running", mats: ["rubber", "synthetic"] });
    const named = { hs6: "640299", score: 1, evidence: [{ source: "lexicon" as const, detail: "sports shoes", weight: 1, head: true, term: "sports shoes" }] };
    expect(ch64Footwear.apply([named], a).redirected[0]!.to).toBe("640411");
    // A shoe not named as one of them stays "other" footwear with a textile upper.
    expect(ch64Footwear.apply([cand("640299")], attrs({ text: "slip-on shoes with outer soles of rubber and uppers of textile material", mats: ["rubber"] })).redirected[0]!.to).toBe("640419");
  });

  it("leaves footwear lines that only share words with the title ('women … pu leather' lingerie) as they are: the notes sort footwear, and no footwear is named", () => {
    const a = attrs({ text: "women sexy lingerie pu leather costume", mats: ["plastic"] });
    expect(ch64Footwear.apply([cand("640399", 0.5, "retrieval"), cand("640319", 0.4, "retrieval")], a).redirected).toEqual([]);
    expect(ch64Footwear.apply([cand("640399", 0.5, "lexicon")], attrs({ text: "women pu leather loafers", mats: ["plastic"] })).redirected[0]!.to).toBe("640299");
  });

  it("moves genuine-leather boots with rubber soles from 6402.91 to 6403.91 (ch. 64 notes 3(b), 4)", () => {
    const a = attrs({ text: "genuine leather upper ankle boots rubber sole", mats: ["leather"] });
    expect(ch64Footwear.apply([cand("640291")], a).redirected[0]!.to).toBe("640391");
  });

  it("treats PU-leather uppers as plastics — 6403.99 → 6402.99 (ch. 64 note 3(a))", () => {
    const a = attrs({ text: "pu leather upper loafers rubber sole", mats: ["leather"] });
    expect(ch64Footwear.apply([cand("640399")], a).redirected[0]!.to).toBe("640299");
  });

  it("puts rubber rain boots in 'covering the ankle' — boots cover the ankle by what they are (6402.99 → 6402.91)", () => {
    const a = attrs({ text: "women's pvc rain boots rubber sole", mats: ["plastic"] });
    expect(ch64Footwear.apply([cand("640299")], a).redirected[0]!.to).toBe("640291");
  });

  it("does not read 'boot' in boot socks or boot liners as footwear covering the ankle", () => {
    const a = attrs({ text: "pvc slippers with boot liner rubber sole", mats: ["plastic"] });
    expect(ch64Footwear.apply([cand("640299")], a).redirected).toEqual([]);
  });

  it("reads the upper from a name that states the sole apart — 'mesh … rubber sole': the other material is the upper's (ch. 64 note 4(a))", () => {
    const text = "men's running shoes breathable mesh lightweight sneakers rubber sole";
    const a = attrs({ text, materials: [{ material: "rubber", term: "rubber sole", source: "text" }] });
    expect(footwearMaterials(a)).toEqual(expect.objectContaining({ upper: "textile", sole: "rubber_plastics", upperFrom: "text" }));
    expect(ch64Footwear.apply([cand("640219")], a).redirected[0]!.to).toBe("640411");
    const boots = attrs({ text: "women's suede chelsea boots non-slip rubber outsole", materials: [{ material: "leather", term: "suede", source: "text" }] });
    expect(ch64Footwear.apply([cand("640399")], boots).redirected[0]!.to).toBe("640391");
  });

  it("reads mesh, canvas or knit named alone as the upper — a sole is never of them (ch. 64 note 4(a)); not when another material is named", () => {
    const a = attrs({ text: "women sneakers platform casual shoes breathable mesh walking shoes lace up" });
    expect(footwearMaterials(a)).toEqual(expect.objectContaining({ upper: "textile", upperFrom: "text" }));
    expect(ch64Footwear.apply([cand("640299")], a).redirected[0]!.to).toBe("640419");
    expect(footwearMaterials(attrs({ text: "pu leather sneakers with mesh panels" })).upper).toBeUndefined();
  });

  it("does not read the insole or lining material as the upper ('memory foam insole') (ch. 64 note 4(a))", () => {
    const a = attrs({ text: "slip on loafers memory foam insole rubber sole", materials: [{ material: "rubber", term: "rubber", source: "text" }] });
    expect(footwearMaterials(a).upper).toBeUndefined();
  });

  it("puts boots in 'covering the ankle' even when the upper is not known — the heading stays (6403.99 → 6403.91)", () => {
    const a = attrs({ text: "women's ankle boots block heel side zip", materials: [{ material: "leather", term: "leather", source: "text" }] });
    expect(ch64Footwear.apply([cand("640399")], a).redirected[0]!.to).toBe("640391");
    expect(ch64Footwear.apply([cand("640299")], attrs({ text: "kids snow boots" })).redirected[0]!.to).toBe("640291");
    expect(ch64Footwear.apply([cand("640399")], attrs({ text: "leather loafers" })).redirected).toEqual([]);
  });

  it("puts leather footwear with a steel toe in 6403.40 — 'incorporating a protective metal toe-cap'; a composite toe is no metal", () => {
    const boots = attrs({ text: "men's steel toe work boots leather waterproof rubber sole", materials: [{ material: "leather", term: "leather", source: "text" }] });
    expect(ch64Footwear.apply([cand("640319"), cand("640391")], boots).redirected.map((r) => r.to)).toEqual(["640340", "640340"]);
    const composite = attrs({ text: "composite toe safety shoes leather upper rubber sole" });
    expect(ch64Footwear.apply([cand("640399")], composite).redirected).toEqual([]);
  });

  it("sends leather-upper footwear with a protective metal toe-cap to 6403.40 whatever its height; a composite toe is no metal toe-cap", () => {
    const boot = attrs({ text: "men's work boots with uppers of leather and outer soles of rubber, covering the ankle, with a steel safety toe cap" });
    expect(ch64Footwear.apply([cand("640391")], boot).redirected[0]!.to).toBe("640340");
    const shoe = attrs({ text: "oxford shoe with a leather upper, rubber outsole and steel toe caps" });
    expect(ch64Footwear.apply([cand("640399")], shoe).redirected[0]!.to).toBe("640340");
    const composite = attrs({ text: "work boots with leather upper, rubber sole and composite toe cap" });
    expect(ch64Footwear.apply([cand("640391")], composite).redirected).toEqual([]);
  });

  it("keeps training shoes in the sports subheading when changing heading — 6402.19 → 6404.11", () => {
    const a = attrs({ text: "running shoes mesh upper eva sole", mats: ["synthetic"] });
    expect(ch64Footwear.apply([cand("640219")], a).redirected[0]!.to).toBe("640411");
  });
});

describe("Heading 4202: outer surface", () => {
  it("moves a PU handbag from 4202.21 to 4202.22 — 'leather' subheadings need an outer surface of leather (ch. 42 additional note 1)", () => {
    const a = attrs({ text: "pu leather handbag women", mats: ["leather"] });
    const e = ch42Containers.apply([cand("420221")], a);
    expect(e.redirected[0]!.to).toBe("420222");
  });

  it("moves a cowhide backpack from 4202.92 to 4202.91 (outer surface of leather)", () => {
    expect(ch42Containers.apply([cand("420292")], attrs({ text: "genuine leather backpack", mats: ["leather"] })).redirected[0]!.to).toBe("420291");
  });

  it("sends plastic shopping bags to 3923 (3923.21 of polymers of ethylene) — bags of plastic sheeting not designed for prolonged use (ch. 42 note 3(A)(a))", () => {
    expect(ch42Containers.apply([cand("420222")], attrs({ text: "ldpe shopping bags with handles", mats: ["plastic"] })).redirected[0]!.to).toBe("392321");
    expect(ch42Containers.apply([cand("420222")], attrs({ text: "pp shopping bags with handles", mats: ["plastic"] })).redirected[0]!.to).toBe("392329");
  });
});

describe("Chapters 39 vs 40", () => {
  it("moves a rubber floor mat from 3926.90 to 4016.91 — articles of rubber are excluded from ch. 39 (ch. 39 note 2(l))", () => {
    const e = ch39vs40.apply([cand("392690")], attrs({ text: "rubber floor mat", mats: ["rubber"] }));
    expect(e.redirected[0]!.to).toBe("401691");
  });

  it("moves plastic gloves from 4015.19 to 3926.20 — plastics are not rubber (ch. 40 note 1)", () => {
    expect(ch39vs40.apply([cand("401519")], attrs({ text: "pvc gloves", mats: ["plastic"] })).redirected[0]!.to).toBe("392620");
  });

  it("a rubber hose goes to the 4009 subheading of its reinforcement and fittings (not reinforced 4009.1x, metal .2x, textile .3x, other .4x; with fittings …2)", () => {
    const to = (text: string) => ch39vs40.apply([cand("391739")], attrs({ text, mats: ["rubber"] })).redirected[0]!.to;
    expect(to("rubber garden hose reinforced with textile, fitted with couplings")).toBe("400932");
    expect(to("rubber hose, steel wire braided")).toBe("400921");
    expect(to("rubber tubing without fittings")).toBe("400911");
    expect(ch39vs40.apply([cand("400932")], attrs({ text: "pvc hose reinforced with polyester yarn", mats: ["plastic"] })).redirected[0]!.to).toBe("391739");
  });
});

describe("Chapter 94: furniture and seats by material", () => {
  it("moves a metal bookshelf from 9403.60 to 9403.20 — 'other metal furniture' (heading 9403 subheadings)", () => {
    expect(ch94Furniture.apply([cand("940360")], attrs({ text: "bookshelf", mats: ["iron_steel"] })).redirected[0]!.to).toBe("940320");
  });

  it("picks wooden kitchen furniture 9403.40 and plastics 9403.70", () => {
    expect(ch94Furniture.apply([cand("940360")], attrs({ text: "kitchen cabinet", mats: ["wood"] })).redirected[0]!.to).toBe("940340");
    expect(ch94Furniture.apply([cand("940360")], attrs({ text: "storage cabinet", mats: ["plastic"] })).redirected[0]!.to).toBe("940370");
  });

  it("moves an upholstered metal-frame chair from 9401.79 to 9401.71 (heading 9401 subheadings)", () => {
    expect(ch94Seats.apply([cand("940179")], attrs({ text: "padded dining chair", mats: ["iron_steel"] })).redirected[0]!.to).toBe("940171");
    // "Convertible" alone is no seat convertible into a bed (9401.4x): a convertible high chair becomes a booster seat.
    expect(ch94Seats.apply([cand("940180")], attrs({ text: "baby high chair convertible adjustable", mats: ["plastic"] })).redirected).toEqual([]);
    expect(ch94Seats.apply([cand("940171")], attrs({ text: "convertible sofa sleeper with metal frame", mats: ["iron_steel"] })).redirected[0]!.to).toBe("940149");
  });

  it("puts a swivel office chair with height adjustment in 9401.39", () => {
    expect(ch94Seats.apply([cand("940171")], attrs({ text: "swivel office chair adjustable height", mats: ["plastic"] })).redirected[0]!.to).toBe("940139");
  });
});

describe("Headings 3003/3004 and ch. 29 note 1(a): drug substances in bulk", () => {
  it("paracetamol powder in bulk is a chemically defined compound of ch. 29, not a medicament of 3004 (no measured doses, no retail put-up)", () => {
    const e = ch30BulkDrugs.apply([cand("300490"), cand("292429")], attrs({ text: "paracetamol powder, usp grade, 25 kg drums" }));
    expect(e.adjusted).toEqual([expect.objectContaining({ hs6: "300490", factor: 0.3 })]);
    expect(e.applied[0]!.id).toBe("30-3004-bulk");
  });
  it("leaves medicaments in measured doses, and bulk goods with no chapter 29 candidate to go to", () => {
    expect(ch30BulkDrugs.apply([cand("300490"), cand("292429")], attrs({ text: "paracetamol 500 mg tablets" })).applied).toEqual([]);
    expect(ch30BulkDrugs.apply([cand("300490"), cand("210690")], attrs({ text: "herbal powder bulk" })).applied).toEqual([]);
  });
});

describe("Chapter 39 note 6: primary forms", () => {
  it("moves polyethylene named as film from 3901 (primary forms) to 3920.10 — film is not a primary form (ch. 39 note 6)", () => {
    const a = attrs({ text: "polyethylene film for packaging" });
    const e = ch39PrimaryForms.apply([cand("390110")], a);
    expect(e.redirected[0]).toEqual(expect.objectContaining({ from: "390110", to: "392010" }));
    expect(e.applied[0]!.reason).toMatch(/note 6/);
  });

  it("sends PET film laminated with aluminium to 3921.90 (combined with other materials), PET film laminated to PE film to 3920.62", () => {
    expect(ch39PrimaryForms.apply([cand("390761")], attrs({ text: "pet film laminated with aluminium foil" })).redirected[0]!.to).toBe("392190");
    expect(ch39PrimaryForms.apply([cand("390761")], attrs({ text: "pet film laminated to polyethylene film" })).redirected[0]!.to).toBe("392062");
  });

  it("sends a polymer named as a rod or profile to 3916 (monofilament > 1 mm, rods, sticks and profile shapes): PA6 rod 3916.90, PE rod 3916.10, PVC profile 3916.20", () => {
    expect(ch39PrimaryForms.apply([cand("390810")], attrs({ text: "nylon pa6 rod 50mm diameter 1m" })).redirected[0]!.to).toBe("391690");
    expect(ch39PrimaryForms.apply([cand("390120")], attrs({ text: "hdpe rod 30mm natural" })).redirected[0]!.to).toBe("391610");
    expect(ch39PrimaryForms.apply([cand("390410")], attrs({ text: "pvc profile for window frames" })).redirected[0]!.to).toBe("391620");
  });

  it("lowers a primary-form heading for a shaped article without naming a sheet heading", () => {
    const e = ch39PrimaryForms.apply([cand("390190")], attrs({ text: "polyethylene plastic limb protector" }));
    expect(e.redirected).toEqual([]);
    expect(e.applied.length).toBe(1);
  });

  it("leaves granules and resins in their primary-form heading", () => {
    expect(ch39PrimaryForms.apply([cand("390210")], attrs({ text: "polypropylene granules for injection moulding" })).applied).toEqual([]);
  });
});


describe("Subheading 3506.10: glues put up for retail sale, not over 1 kg net", () => {
  it("a cyanoacrylate glue in 3 g tubes is 3506.10 although based on a polymer (3506.10 is the first subheading, whatever the base)", () => {
    const e = ch35RetailAdhesives.apply([cand("350691")], attrs({ text: "super glue cyanoacrylate adhesive 3g tubes", weightKg: 0.003 }));
    expect(e.redirected[0]).toEqual(expect.objectContaining({ from: "350691", to: "350610" }));
    expect(ch35RetailAdhesives.apply([cand("350699")], attrs({ text: "wood glue in 250 ml bottles", dimensions: { volumeL: 0.25 } })).redirected[0]!.to).toBe("350610");
  });

  it("a glue in bulk or over 1 kg stays by its base (3506.91); adhesive tapes are no glue put up as such", () => {
    expect(ch35RetailAdhesives.apply([cand("350691")], attrs({ text: "hot melt adhesive in 20 kg bags", weightKg: 20 })).redirected).toEqual([]);
    expect(ch35RetailAdhesives.apply([cand("350691")], attrs({ text: "epoxy adhesive in drums" })).redirected).toEqual([]);
    expect(ch35RetailAdhesives.apply([cand("350691")], attrs({ text: "adhesive tape rolls 10 pack" })).redirected).toEqual([]);
  });
});

describe("Heading 3506: adhesives based on polymers or rubber", () => {
  it("moves a polyurethane-based adhesive from the polymer's primary-form heading (3909) to 3506.91", () => {
    const e = ch35Adhesives.apply([cand("390950")], attrs({ text: "two-component adhesive based on polyurethane resin" }));
    expect(e.redirected[0]).toEqual(expect.objectContaining({ from: "390950", to: "350691" }));
  });

  it("moves a glue of synthetic rubber (4002) to 3506.91", () => {
    expect(ch35Adhesives.apply([cand("400219")], attrs({ text: "styrene-butadiene rubber glue for shoe soles" })).redirected[0]!.to).toBe("350691");
  });

  it("leaves adhesive tapes, films and the polymer itself alone", () => {
    expect(ch35Adhesives.apply([cand("390120")], attrs({ text: "polyethylene adhesive tape" })).redirected).toEqual([]);
    expect(ch35Adhesives.apply([cand("390610")], attrs({ text: "polymethyl methacrylate granules" })).redirected).toEqual([]);
  });
});

describe("Heading 8714: parts and accessories of motorcycles", () => {
  it("moves motorcycle goods named with vehicle-part or bicycle-part terms to 8714.10 (heading 8714; Section XVII note 3)", () => {
    expect(ch87MotorcycleParts.apply([cand("870892")], attrs({ text: "motorcycle exhaust muffler slip on" })).redirected[0]!.to).toBe("871410");
    expect(ch87MotorcycleParts.apply([cand("871499")], attrs({ text: "motorcycle handlebar grips" })).redirected[0]!.to).toBe("871410");
  });

  it("leaves goods named for cars or bicycles too: the parts of those vehicles have their own headings", () => {
    expect(ch87MotorcycleParts.apply([cand("870830")], attrs({ text: "brake pads for car and motorcycle" })).redirected).toEqual([]);
    expect(ch87MotorcycleParts.apply([cand("871499")], attrs({ text: "bicycle handlebar grips" })).redirected).toEqual([]);
  });
});

describe("Heading 7013: glassware by kind of glass", () => {
  it("moves borosilicate kitchen glassware from 7013.49 to 7013.42 — low-expansion glass has its own subheading (heading 7013 subheadings)", () => {
    expect(ch70Glassware.apply([cand("701349")], attrs({ text: "borosilicate glass food storage containers with lids" })).redirected[0]!.to).toBe("701342");
    expect(ch70Glassware.apply([cand("701349")], attrs({ text: "high borosilicate glass mixing bowl set" })).redirected[0]!.to).toBe("701342");
  });

  it("moves lead-crystal glassware to its subheadings (ch. 70 subheading note 1), and leaves plain glass and borosilicate drinking glasses", () => {
    expect(ch70Glassware.apply([cand("701328")], attrs({ text: "lead crystal wine glasses set of 4" })).redirected[0]!.to).toBe("701322");
    expect(ch70Glassware.apply([cand("701337")], attrs({ text: "double wall borosilicate coffee glasses" })).redirected).toEqual([]);
    expect(ch70Glassware.apply([cand("701349")], attrs({ text: "glass salad bowl" })).redirected).toEqual([]);
  });
});

describe("Heading 2309: dog and cat food", () => {
  it("moves cat food named with its recipe ('pate salmon') from prepared fish 1604.11 to 2309.10 — a preparation used in animal feeding, put up for retail sale (heading 2309)", () => {
    expect(ch23PetFood.apply([cand("160411")], attrs({ text: "canned cat food pate salmon 24 x 3oz" })).redirected[0]!.to).toBe("230910");
    expect(ch23PetFood.apply([cand("160232")], attrs({ text: "dog treats chicken jerky strips" })).redirected[0]!.to).toBe("230910");
  });

  it("leaves food for people and non-food pet goods alone", () => {
    expect(ch23PetFood.apply([cand("160411")], attrs({ text: "canned pink salmon in water" })).redirected).toEqual([]);
    expect(ch23PetFood.apply([cand("392490")], attrs({ text: "dog food storage container" })).redirected).toEqual([]);
  });
});

describe("Subheading 6116.10: coated knitted gloves", () => {
  it("moves nitrile-coated knit garden gloves from 4015.19 to 6116.10 — textile gloves coated with rubber (ch. 40 note 2(a))", () => {
    const a = attrs({ text: "garden gloves women nitrile coated knit", mats: ["rubber"] });
    expect(ch61CoatedGloves.apply([cand("401519")], a).redirected[0]!.to).toBe("611610");
    expect(ch61CoatedGloves.apply([cand("392620")], attrs({ text: "pu palm coated work gloves nylon liner" })).redirected[0]!.to).toBe("611610");
  });

  it("leaves rubber or plastic gloves that are not coated textile gloves alone", () => {
    expect(ch61CoatedGloves.apply([cand("401519")], attrs({ text: "disposable nitrile gloves powder free" })).redirected).toEqual([]);
    expect(ch61CoatedGloves.apply([cand("401519")], attrs({ text: "latex dipped rubber gloves dishwashing" })).redirected).toEqual([]);
  });
});

describe("Heading 6802: worked stone by kind", () => {
  it("moves a marble rolling pin from 6802.99 to 6802.91 and granite cut to size to 6802.23 (heading 6802 subheadings)", () => {
    expect(ch68WorkedStone.apply([cand("680299")], attrs({ text: "marble rolling pin with wooden cradle", mats: ["stone"] })).redirected[0]!.to).toBe("680291");
    expect(ch68WorkedStone.apply([cand("680229")], attrs({ text: "granite slab cut to size", mats: ["stone"] })).redirected[0]!.to).toBe("680223");
  });

  it("leaves imitation marble and unnamed stone alone", () => {
    expect(ch68WorkedStone.apply([cand("680299")], attrs({ text: "marble look resin coaster", mats: ["stone"] })).redirected).toEqual([]);
    expect(ch68WorkedStone.apply([cand("680299")], attrs({ text: "lava stone bracelet beads", mats: ["stone"] })).redirected).toEqual([]);
  });
});

describe("Chapter 95 headings: the article named decides, not what it contains", () => {
  it("keeps Christmas crackers in 9505.10 though they contain 'a small plastic toy' — the goods named are festive articles (GRI 1, heading 9505)", () => {
    const a = attrs({ text: "christmas crackers consisting of a cardboard tube containing a paper hat, a joke and a small plastic toy" });
    const crackers = { hs6: "950510", score: 1, evidence: [{ source: "lexicon" as const, detail: "christmas crackers", weight: 1, head: true, term: "christmas crackers" }] };
    expect(ch95Headings.apply([crackers, cand("950300", 1)], a).adjusted).toEqual([]);
    // Without a head term naming one heading, the word "toy" still decides.
    expect(ch95Headings.apply([cand("950510", 1), cand("950300", 1)], a).adjusted.find((x) => x.hs6 === "950300")!.factor).toBe(1.5);
  });
});
