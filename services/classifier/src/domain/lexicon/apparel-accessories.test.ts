/**
 * Splits of the jewellery, hair goods, footwear, bags and textile lexicon parts for marketplace goods (chapters 42,
 * 58, 61–64, 67, 71), each named after the legal reason it encodes.
 */
import { describe, expect, it } from "vitest";
import type { ExtractedAttributes } from "../types.js";
import { attrs, entryIn, resolvedCode } from "./lexicon.test-util.js";

const code = (part: string, term: string, a: ExtractedAttributes = attrs({ text: term })) => resolvedCode(entryIn(part, term), term, a);

describe("jewellery findings (heading 8308 v. 7117)", () => {
  it("heading 8308 names clasps, hooks and rings of base metal for jewellery: 'findings' said to be lobster clasps go to 8308, not to imitation jewellery", () => {
    const text = "stainless steel lobster clasps hooks for jewelry making jewelry findings & components";
    expect(code("jewellery", "jewelry findings", attrs({ text, material: "stainless_steel" }))).toBe("830890");
    expect(code("jewellery", "jewelry findings", attrs({ text: "jump rings open jewelry findings" }))).toBe("830810");
  });

  it("findings that are chains, wire or settings stay parts of imitation jewellery (711719); of silver or gold they are of 7113", () => {
    expect(code("jewellery", "jewelry findings", attrs({ text: "figaro chain bulk for jewelry making jewelry findings", material: "stainless_steel" }))).toBe("711719");
    expect(code("jewellery", "jewelry findings", attrs({ text: "925 silver lobster clasp jewelry findings", material: "silver" }))).toBe("711311");
    expect(code("jewellery", "jewelry findings", attrs({ text: "14k solid gold lobster clasp jewelry findings", material: "gold" }))).toBe("711319");
    expect(code("jewellery", "jewelry findings", attrs({ text: "gold plated lobster clasp jewelry findings", material: "gold" }))).toBe("830890");
  });
});

describe("wigs and hair pieces (heading 6704)", () => {
  it("6704.11 is for complete wigs only: a synthetic ponytail or braiding hair under a seller's category '… & Wigs' is another hair piece of 6704.19", () => {
    const cat = "hair extensions & wigs synthetic hair";
    expect(code("footwear-headgear", "ponytail extension", attrs({ text: `synthetic drawstring ponytail extension ${cat} synthetic ponytails`, material: "synthetic" }))).toBe("670419");
    expect(code("footwear-headgear", "braiding hair", attrs({ text: `pre stretched braiding hair synthetic ${cat} wigs`, material: "synthetic" }))).toBe("670419");
    expect(code("footwear-headgear", "cosplay wig", attrs({ text: `anime cosplay wig short synthetic ${cat} synthetic wigs`, material: "synthetic" }))).toBe("670411");
    expect(code("footwear-headgear", "lace front wig", attrs({ text: "body wave lace front wig human hair brazilian remy" }))).toBe("670420");
  });

  it("wig fibre named by the trade (synthetic, Kanekalon, heat resistant fiber) is a synthetic textile material of 6704.1x even when no material is extracted", () => {
    expect(code("footwear-headgear", "braiding hair", attrs({ text: "jumbo braiding hair synthetic ombre hair extensions & wigs" }))).toBe("670419");
    expect(code("footwear-headgear", "bob wig", attrs({ text: "short bob wig heat resistant fiber hair extensions & wigs" }))).toBe("670411");
    expect(code("footwear-headgear", "bob wig", attrs({ text: "short bob wig human hair synthetic lace" }))).toBe("670420");
  });
});

describe("footwear (chapter 64)", () => {
  it("heading 6402 excludes the waterproof footwear of 6401: rain boots also called 'boots' or 'water shoes' stay in 6401", () => {
    const text = "kids rain boots waterproof rubber boots toddler cartoon rainboots non slip water shoes";
    expect(code("footwear-headgear", "water shoes", attrs({ text, material: "rubber" }))).toBe("640192");
    expect(code("footwear-headgear", "boots", attrs({ text, material: "rubber" }))).toBe("640192");
    expect(code("footwear-headgear", "boots", attrs({ text: "women knee high rain boots pvc", material: "plastic" }))).toBe("640199");
  });

  it("boots that are not rain boots keep their split by upper (6402.91 rubber/plastics, 6403.91 leather)", () => {
    expect(code("footwear-headgear", "boots", attrs({ text: "snow boots rubber sole pu upper", material: "plastic" }))).toBe("640291");
    expect(code("footwear-headgear", "boots", attrs({ text: "leather ankle boots", material: "leather" }))).toBe("640391");
    expect(code("footwear-headgear", "boots", attrs({ text: "genuine leather rain boots chelsea", material: "leather" }))).toBe("640391");
  });
});

describe("bags and cases (heading 4202)", () => {
  it("a phone case made as a wallet (card slots) is an article carried in the pocket or handbag, 4202 3x by outer surface, not a case of 4202 9x", () => {
    expect(code("leather-wood-paper", "wallet case", attrs({ text: "phone wallet case genuine leather flip cover card slot", material: "leather" }))).toBe("420231");
    expect(code("leather-wood-paper", "phone case", attrs({ text: "pu leather phone case with card slots", material: "plastic" }))).toBe("420232");
    expect(code("leather-wood-paper", "phone case", attrs({ text: "leather phone case magnetic", material: "leather" }))).toBe("420291");
  });
});

describe("garments and narrow fabrics (chapters 58, 61, 62)", () => {
  it("ch. 95 note 1(e) leaves fancy dress of textiles to chs. 61/62: a cosplay costume that is a dress is classified as a dress (6204 4x / 6104 4x by fibre)", () => {
    expect(code("textiles", "cosplay costume", attrs({ text: "maid cosplay costume women black white dress with apron", material: "synthetic", gender: "women" }))).toBe("620443");
    expect(code("textiles", "cosplay costume", attrs({ text: "cosplay costume women dress knitted", material: "cotton", gender: "women", construction: "knitted" }))).toBe("610442");
    expect(code("textiles", "cosplay costume", attrs({ text: "superhero cosplay costume jumpsuit dress up", material: "synthetic", construction: "knitted" }))).toBe("611430");
  });

  it("elastic sold by the metre for sewing is a narrow fabric with elastomeric yarn (woven 5806.20, knitted 6002), not a rubber band of 4016", () => {
    expect(code("textiles", "woven elastic band", attrs({ text: "flat woven elastic band sewing elastic webbing for waistband" }))).toBe("580620");
    expect(code("textiles", "knitted elastic band", attrs({ text: "knitted elastic band 3cm for waistband" }))).toBe("6002");
  });
});

describe("fabrics, trimmings and accessories sold by the piece or the yard (chapters 58, 60, 62, 70, 39)", () => {
  it("heading 5804 names tulles, net fabrics and lace: a 'fabric roll' said to be tulle or lace is not a woven fabric of 5407", () => {
    expect(code("textiles", "fabric roll", attrs({ text: "tulle fabric roll 15cm nylon tulle spool", material: "synthetic" }))).toBe("580410");
    expect(code("textiles", "fabric", attrs({ text: "lace fabric floral polyester", material: "synthetic" }))).toBe("580421");
    expect(code("textiles", "fabric", attrs({ text: "polyester fabric for dress", material: "synthetic" }))).toBe("5407");
  });

  it("faux fur is a 'long pile' knitted fabric of 6001.10 (sliver knitted, imitating fur), not other pile fabric of 6001.9x", () => {
    expect(code("textiles", "knitted fabric", attrs({ text: "faux fur fabric long pile plush knitted fabric", material: "synthetic" }))).toBe("600110");
    expect(code("textiles", "faux fur fabric", attrs({ text: "faux fur fabric shaggy", material: "synthetic" }))).toBe("600110");
    expect(code("textiles", "minky fabric", attrs({ text: "minky fabric soft", material: "synthetic" }))).toBe("600192");
  });

  it("a bandana is a square of no side over 60 cm: a handkerchief of 6213 even when also called a headscarf (larger squares are scarves of 6214)", () => {
    expect(code("textiles", "headscarf", attrs({ text: "paisley bandana cotton headscarf square 55x55cm", material: "cotton" }))).toBe("621320");
    expect(code("textiles", "bandana", attrs({ text: "polyester bandana", material: "synthetic" }))).toBe("621390");
    expect(code("textiles", "headscarf", attrs({ text: "silk headscarf 90x90cm", material: "silk" }))).toBe("621410");
  });

  it("shoe charms are ornaments by material (plastics 3926.40), not footwear of chapter 64", () => {
    expect(code("marketplace", "shoe charms", attrs({ text: "pvc shoe charms for clogs", material: "plastic" }))).toBe("392640");
    expect(code("marketplace", "shoe charms", attrs({ text: "shoe charms for clogs" }))).toBe("392640");
  });

  it("hotfix and flatback rhinestones are imitation stones of glass (7018.10) unless of acrylic or resin (3926.90)", () => {
    expect(code("marketplace", "hotfix rhinestones", attrs({ text: "hotfix rhinestones glass crystal flatback", material: "glass" }))).toBe("701810");
    expect(code("marketplace", "hotfix rhinestones", attrs({ text: "hotfix rhinestones resin flatback" }))).toBe("392690");
  });
});

