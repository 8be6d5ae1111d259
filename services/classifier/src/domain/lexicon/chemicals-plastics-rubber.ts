/**
 * Sections V–VII — mineral products (25–27), chemicals (28–38: pharmaceuticals, fertilisers, paints,
 * cosmetics, soaps and detergents, candles' relatives, glues, explosives and matches, photographic
 * goods, miscellaneous chemical products), plastics (39) and rubber (40).
 */
import type { LexiconEntry } from "../types.js";
import { e, m, to } from "./helpers.js";

/** Reinforcement of conveyor belting (4010.11-.19): metal cords, or textile plies. */
const BELT_METAL = ["steel cord", "steel cords", "steel cable", "steel wire", "wire cord", "metal cord", "metal reinforced", "steel reinforced", "st belt"];
const BELT_TEXTILE = ["textile", "fabric", "fabrics", "ply", "plies", "polyester", "nylon", "polyamide", "cotton", "canvas", "aramid", "ep belt", "nn belt"];

const minerals: LexiconEntry[] = [
  e("salt|table salt|sea salt|rock salt|himalayan salt|pink salt|kosher salt|road salt|de-icing salt|bath salt pure|salt block|salt lick", "2501", {
    splits: [to({ words: ["bath salt"] }, "330730")], note: "salt (incl. table and de-icing salt) → 250100",
  }),
  e("sand|silica sand|construction sand|aquarium sand|quartz sand|gravel|pebbles|decorative pebbles|river stones|landscape rocks|aquarium gravel|crushed stone|aggregate|clay|kaolin|bentonite|bentonite clay|diatomaceous earth|cat litter|cat litter bentonite|clumping cat litter|kitty litter|pumice|pumice stone|talc|talcum|chalk powder|gypsum|plaster of paris|quicklime|hydrated lime|cement|portland cement|white cement|mica|mica powder|perlite|vermiculite|marble chips|slate|sulfur|sulphur|graphite powder|natural graphite|feldspar|fluorspar|borax|asbestos", "2505", {
    splits: [
      to({ words: ["cat litter", "kitty litter", "clumping"], material: ["paper", "wood"] }, "4823"),
      to({ words: ["cat litter", "kitty litter", "clumping", "bentonite"] }, "250810"),
      to({ words: ["gravel", "pebbles", "river stones", "landscape rocks", "crushed stone", "aggregate", "marble chips"] }, "2517"),
      to({ words: ["clay", "kaolin"] }, "2507"),
      to({ words: ["diatomaceous"] }, "251200"),
      to({ words: ["pumice"] }, "2513"),
      to({ words: ["talc", "talcum"] }, "2526"),
      to({ words: ["gypsum", "plaster of paris"] }, "2520"),
      to({ words: ["lime", "quicklime", "hydrated"] }, "2522"),
      // Portland cement is white (2523.21, whether or not artificially coloured) only when said to be; grey or plain
      // portland cement is "other" (2523.29); aluminous cement 2523.30, clinker 2523.10.
      to({ words: ["white cement", "white portland"] }, "252321"),
      to({ words: ["clinker"] }, "252310"),
      to({ words: ["aluminous", "calcium aluminate"] }, "252330"),
      to({ words: ["portland"], unless: ["white"] }, "252329"),
      to({ words: ["cement"] }, "2523"),
      to({ words: ["mica"] }, "2525"),
      to({ words: ["perlite", "vermiculite"] }, "2530"),
      to({ words: ["slate"] }, "2514"),
      to({ words: ["sulfur", "sulphur"] }, "250300"),
      to({ words: ["graphite"] }, "2504"),
      to({ words: ["feldspar", "fluorspar"] }, "2529"),
      to({ words: ["borax"] }, "2528"),
      to({ words: ["asbestos"] }, "2524"),
      to({ words: ["chalk"] }, "250900"),
    ],
    note: "natural sands 2505, gravel/crushed stone 2517, clays 2507–2508, gypsum/plaster 2520, lime 2522, cement 2523 and other mineral products of ch. 25",
  }),
  e("coal|charcoal coal|coke fuel|petroleum coke|crude oil|white spirit|white spirits|mineral spirits|mineral spirit|stoddard solvent|petroleum naphtha|petrol|gasoline|diesel fuel|kerosene|paraffin oil|jet fuel|fuel oil|motor oil|engine oil|lubricating oil|lubricant oil|gear oil|hydraulic oil|transmission fluid|atf|two stroke oil|2t oil|chain oil|lube oil|grease|lithium grease|white grease|wd-40|penetrating oil|lubricant spray|petroleum jelly|vaseline|paraffin wax block|microcrystalline wax|bitumen|asphalt|tar|lpg|propane|butane|butane gas|butane canister|propane gas|natural gas|lng|cng", "2710", {
    splits: [
      to({ words: ["coal"] }, "2701"),
      to({ words: ["coke"] }, "2704"),
      to({ words: ["crude"] }, "2709"),
      // Lighter gas in refill cans (≤ 300 cm³) is 3606.10, not the bulk gas of 2711.
      to({ words: ["butane", "lighter gas", "lighter fluid"], allOf: [["refill", "refills", "lighter", "lighters"]], unless: ["torch", "stove", "burner"] }, "360610"),
      to({ words: ["lpg", "propane", "butane", "natural gas", "lng", "cng"] }, "2711"),
      to({ words: ["petroleum jelly", "vaseline", "paraffin wax", "microcrystalline"] }, "2712"),
      to({ words: ["bitumen", "asphalt", "tar"] }, "2715"),
      to({ words: ["wd-40", "penetrating oil", "lubricant spray"] }, "3403"),
      // Light oils (2710.12): motor spirit and white spirit (mineral spirits, Stoddard solvent) distil mostly below 210 °C
      // (ch. 27 subheading note 4); kerosene, diesel and lubricants are medium or heavy oils (2710.19).
      // (Not a lubricant "for petrol and diesel engines": the fuel named is what the engine burns.)
      to({ words: ["petrol", "gasoline", "white spirit", "white spirits", "mineral spirit", "mineral spirits", "stoddard", "naphtha"], unless: ["lubricating", "lubricant", "lubricants", "lube", "engine oil", "motor oil", "gear oil", "grease", "base oil", "base oils", "petrol engine", "petrol engines", "gasoline engine", "gasoline engines"] }, "271012"),
      to({ words: ["grease"] }, "271019"),
      to({}, "271019"),
    ],
    note: "mineral fuels and oils → ch. 27 (petroleum oils incl. lubricants 2710 19, gases 2711, petroleum jelly/waxes 2712); lubricating preparations without ≥70% petroleum 3403",
  }),
];


/** Signs that a drug is the bulk substance (an active ingredient by grade), not a medicament put up in doses. */
const BULK_DRUG = ["in bulk", "bulk", "usp", "bp", "ep", "api", "active pharmaceutical ingredient", "cas", "powder", "crystalline", "crystals", "drum", "drums"];
const DOSAGE_FORMS = ["tablet", "tablets", "capsule", "capsules", "syrup", "suspension", "caplets", "softgels", "gummies", "injection", "blister"];
const BULK_DRUG_SPLITS = [
  to({ words: ["acetaminophen", "paracetamol"], allOf: [BULK_DRUG], unless: DOSAGE_FORMS }, "292429"),
  to({ words: ["ibuprofen"], allOf: [BULK_DRUG], unless: DOSAGE_FORMS }, "291639"),
  to({ words: ["aspirin", "acetylsalicylic acid"], allOf: [BULK_DRUG], unless: DOSAGE_FORMS }, "291822"),
  to({ words: ["amoxicillin"], allOf: [BULK_DRUG], unless: DOSAGE_FORMS }, "294110"),
];

const chemicals: LexiconEntry[] = [
  e("soda ash|soda ash light|soda ash dense|hydrochloric acid|sulfuric acid|sulphuric acid|nitric acid|phosphoric acid|hydrogen peroxide|sodium hydroxide|caustic soda|lye|potassium hydroxide|ammonia|sodium bicarbonate|baking soda|bicarbonate of soda|washing soda|sodium carbonate|calcium chloride|magnesium sulfate|epsom salt|epsom salts|copper sulfate|zinc oxide|titanium dioxide|silica gel|silica gel packets|desiccant|desiccant packets|activated carbon|activated charcoal|iodine|chlorine|bleach powder|sodium hypochlorite|potassium permanganate|sodium silicate|alum|boric acid|citric acid|acetic acid|oxalic acid|ethanol|isopropyl alcohol|isopropanol|rubbing alcohol|methanol|glycerin|glycerine|acetone|formaldehyde|urea|dry ice|liquid nitrogen|distilled water|deionized water|rare earth oxide|lithium carbonate|graphene|nano silver", "2801", {
    splits: [
      to({ words: ["hydrochloric"] }, "280610"),
      to({ words: ["sulfuric", "sulphuric"] }, "280700"),
      to({ words: ["nitric"] }, "280800"),
      to({ words: ["phosphoric"] }, "280920"),
      to({ words: ["hydrogen peroxide"] }, "284700"),
      // Sodium hydroxide: solid (flakes, pearls, prills) 2815.11, in aqueous solution (lye, liquid) 2815.12.
      to({ words: ["sodium hydroxide", "caustic soda"], allOf: [["liquid", "solution", "aqueous", "lye"]] }, "281512"),
      to({ words: ["sodium hydroxide", "caustic soda", "lye"], allOf: [["flakes", "flake", "pearls", "pearl", "prills", "beads", "solid", "granules", "micropearls"]] }, "281511"),
      to({ words: ["sodium hydroxide", "caustic soda", "lye"] }, "2815"),
      to({ words: ["potassium hydroxide"] }, "281520"),
      to({ words: ["ammonia"] }, "2814"),
      to({ words: ["bicarbonate", "baking soda"] }, "283630"),
      // Soda ash (light or dense) is disodium carbonate, 2836.20.
      to({ words: ["soda ash", "washing soda", "sodium carbonate"] }, "283620"),
      to({ words: ["calcium chloride"] }, "282720"),
      to({ words: ["magnesium sulfate", "epsom"] }, "283321"),
      to({ words: ["copper sulfate"] }, "283325"),
      to({ words: ["zinc oxide"] }, "281700"),
      // Titanium dioxide of a pigment grade (rutile or anatase, as sold to paint and plastics makers) is a pigment of
      // 3206.11 (80% or more TiO2); titanium oxides of 2823 are the chemically defined compound.
      to({ words: ["titanium dioxide"], allOf: [["rutile", "anatase", "pigment"]] }, "320611"),
      to({ words: ["titanium dioxide"] }, "2823"),
      to({ words: ["silica gel", "desiccant"] }, "281122"),
      to({ words: ["activated carbon", "activated charcoal"] }, "380210"),
      to({ words: ["iodine"] }, "280120"),
      to({ words: ["chlorine"] }, "280110"),
      to({ words: ["hypochlorite", "bleach powder"] }, "2828"),
      to({ words: ["permanganate"] }, "284161"),
      to({ words: ["silicate"] }, "2839"),
      to({ words: ["alum"] }, "2833"),
      to({ words: ["boric"] }, "281000"),
      to({ words: ["citric"] }, "291814"),
      to({ words: ["acetic"] }, "291521"),
      to({ words: ["oxalic"] }, "291711"),
      to({ words: ["ethanol"] }, "2207"),
      to({ words: ["isopropyl", "isopropanol", "rubbing alcohol"] }, "290512"),
      to({ words: ["methanol"] }, "290511"),
      // Crude glycerol (and glycerol waters and lyes) is 1520.00; refined glycerol 2905.45.
      to({ words: ["glycerin", "glycerine", "glycerol"], allOf: [["crude"]] }, "152000"),
      to({ words: ["glycerin", "glycerine", "glycerol"] }, "290545"),
      to({ words: ["acetone"] }, "291411"),
      to({ words: ["formaldehyde"] }, "291211"),
      to({ words: ["urea"] }, "3102"),
      to({ words: ["dry ice"] }, "281121"),
      to({ words: ["liquid nitrogen"] }, "280430"),
      to({ words: ["distilled water", "deionized water"] }, "285390"),
      to({ words: ["rare earth"] }, "2846"),
      to({ words: ["lithium carbonate"] }, "283691"),
      to({ words: ["graphene"] }, "380110"),
      to({ words: ["nano silver"] }, "2843"),
    ],
    note: "inorganic chemicals ch. 28 and organic chemicals ch. 29 by compound; activated carbon 3802; ethanol 2207",
  }),
  e("medicine|medicines|medication|medicament|drug|drugs|tablets medicine|pills|capsules medicine|painkiller|painkillers|pain relief tablets|paracetamol|acetaminophen|ibuprofen|aspirin|antibiotic|antibiotics|amoxicillin|cough syrup|cold medicine|flu medicine|antihistamine|allergy medicine|antacid|laxative|eye drops|ear drops|nasal spray|ointment|antiseptic cream|antifungal cream|hydrocortisone cream|pain relief cream|pain relief patch|muscle rub|balm medicated|tiger balm|herbal medicine|traditional chinese medicine|homeopathic|insulin|vaccine|vaccines|antiserum|blood plasma|vitamins|vitamin|multivitamin|multivitamins|vitamin c|vitamin d|vitamin tablets|vitamin gummies|probiotics|probiotic|supplement|supplements|collagen peptides|collagen peptide|hydrolyzed collagen|hydrolysed collagen|collagen powder|dietary supplement|food supplement|fish oil capsules|omega 3|collagen supplement|biotin|melatonin|protein powder|whey protein|whey|creatine|pre workout|bcaa|mass gainer|weight loss pills|slimming tea|meal replacement|electrolyte powder|nicotine patch|nicotine patches|nicotine gum", "3004", {
    splits: [
      // A drug substance named with a pharmacopoeia grade or "in bulk" (no dosage form) is the chemically defined
      // compound of ch. 29 (ch. 30 note / heading 3004 covers measured doses or retail packings only).
      ...BULK_DRUG_SPLITS,
      to({ words: ["vaccine", "vaccines", "antiserum", "blood plasma"] }, "3002"),
      to({ words: ["nicotine pouches", "nicotine pouch"] }, "240491"),
      to({ words: ["nicotine patch", "nicotine patches"] }, "300490"),
      to({ words: ["nicotine gum"] }, "300490"),
      // Supplements for animals are preparations of a kind used in animal feeding (2309); food preparations
      // containing cocoa are chocolate preparations (1806).
      // (The goods' words are on these splits too: the term named decides first, with the other conditions.)
      to({ words: ["supplement", "supplements", "vitamins", "vitamin", "probiotic", "probiotics"], allOf: [["dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "pets"]] }, "230910"),
      to({ words: ["supplement", "supplements", "vitamins", "vitamin", "probiotic", "probiotics", "electrolyte powder"], allOf: [["horse", "horses", "equine", "livestock", "cattle", "poultry", "animal", "animals"]] }, "230990"),
      to({ words: ["protein powder", "whey", "whey protein", "mass gainer", "meal replacement", "supplement", "supplements"], allOf: [["chocolate", "cocoa"]] }, "180690"),
      // Collagen peptides (hydrolysed collagen) as a powder are protein substances of 3504; in capsules, gummies or
      // drinks, food supplements (2106.90).
      to({ words: ["collagen peptides", "collagen peptide", "hydrolyzed collagen", "hydrolysed collagen", "collagen powder"], unless: ["capsules", "capsule", "gummies", "tablets", "drink", "vitamin c", "flavored", "flavoured"] }, "350400"),
      to({ words: ["protein powder", "whey", "creatine", "pre workout", "bcaa", "mass gainer", "meal replacement", "electrolyte powder", "collagen", "probiotic", "probiotics", "fish oil", "omega 3", "biotin", "supplement", "supplements", "vitamin gummies", "slimming tea", "weight loss pills"] }, "210690"),
      to({ words: ["insulin"] }, "300431"),
      to({ words: ["antibiotic", "antibiotics", "amoxicillin"] }, "300420"),
      to({ words: ["vitamin", "vitamins", "multivitamin", "multivitamins"] }, "300450"),
      to({}, "300490"),
    ],
    decisive: ["use"],
    note: "medicaments in measured doses or retail packing → 3004 (antibiotics 300420, vitamins 300450, other 300490); food supplements without therapeutic dosage 210690; vaccines 3002",
  }),
  e("bandage|bandages|plaster|plasters|adhesive plaster|adhesive plasters|sticking plaster|sticking plasters|band aid|band-aid|adhesive bandage|adhesive bandages|wound dressing|wound dressings|gauze|gauze pads|gauze roll|sterile gauze|elastic bandage|crepe bandage|cohesive bandage|self adhesive bandage|vet wrap|kinesiology tape|kinesio tape|sports tape|athletic tape|medical tape|surgical tape|blister plasters|hydrocolloid dressing|pimple patch|pimple patches|acne patch|acne patches|cold pack first aid|burn dressing|first aid kit|first aid kits|emergency kit|survival kit first aid|medical kit|trauma kit|ifak|suture material|surgical sutures|dental cement|dental filling|ultrasound gel|ultrasound transmission gel|ultrasonic gel|ultrasound coupling gel|electrode gel|conductive gel|medical gel|lubricant gel|ecg gel|contraceptive gel", "3005", {
    splits: [
      to({ words: ["first aid kit", "first aid kits", "emergency kit", "medical kit", "trauma kit", "ifak", "survival kit"] }, "300650"),
      to({ words: ["suture", "sutures"] }, "300610"),
      to({ words: ["dental cement", "dental filling"] }, "300640"),
      to({ words: ["ultrasound gel", "ultrasound transmission gel", "ultrasonic gel", "ultrasound coupling gel", "electrode gel", "conductive gel", "medical gel", "lubricant gel", "ecg gel"] }, "300670"),
      to({ words: ["contraceptive"] }, "300660"),
      to({ words: ["plaster", "plasters", "band aid", "band-aid", "adhesive", "blister", "hydrocolloid", "pimple", "acne", "kinesiology", "kinesio", "sports tape", "athletic tape", "medical tape", "surgical tape"] }, "300510"),
      to({}, "300590"),
    ],
    note: "wadding, gauze, bandages impregnated or put up for retail medical use → 3005 (adhesive dressings 300510, other 300590); first aid kits 300650",
  }),
  e("fertilizer|fertiliser|fertilizers|plant food|plant fertilizer|npk fertilizer|organic fertilizer|compost|manure|bone meal|fish emulsion|liquid fertilizer|slow release fertilizer|lawn fertilizer|orchid fertilizer|urea fertilizer|potash|ammonium nitrate|ammonium sulfate|ammonium sulphate|potassium chloride|muriate of potash|sulphate of potash|superphosphate|potting soil|potting mix|compost soil|garden soil|peat moss|peat|coco coir|coconut coir|coir pith|growing medium|hydroponic nutrients", "3105", {
    splits: [
      to({ words: ["organic", "compost", "manure", "bone meal", "fish emulsion"] }, "310100"),
      // Ch. 31 notes 2 and 4: ammonium sulphate and potassium chloride go to 3102 / 3104 whether or not pure.
      to({ words: ["ammonium sulfate", "ammonium sulphate"] }, "310221"),
      to({ words: ["urea"] }, "310210"),
      to({ words: ["ammonium nitrate"] }, "310230"),
      to({ words: ["urea", "ammonium nitrate", "ammonium sulfate"] }, "3102"),
      to({ words: ["potassium chloride", "muriate of potash"] }, "310420"),
      to({ words: ["potassium sulphate", "potassium sulfate", "sulphate of potash"] }, "310430"),
      to({ words: ["superphosphate"] }, "3103"),
      // Potassic fertilisers by their salt: potassium chloride (muriate of potash) 3104.20, potassium sulphate 3104.30.
      to({ words: ["potassium chloride", "muriate of potash"] }, "310420"),
      to({ words: ["potassium sulfate", "potassium sulphate", "sulfate of potash", "sulphate of potash"] }, "310430"),
      to({ words: ["potash"] }, "3104"),
      to({ words: ["peat"] }, "2703"),
      to({ words: ["coco coir", "coconut coir", "coir pith"] }, "530500"),
      to({ words: ["potting soil", "potting mix", "garden soil", "compost soil", "growing medium"] }, "3824"),
    ],
    note: "fertilisers → ch. 31 (organic 3101, nitrogenous 3102, phosphatic 3103, potassic 3104, mixed 3105); peat 2703; potting mixes 3824",
  }),
  e("paint|paints|coating|coatings|protective coating|anti-corrosion coating|anticorrosion coating|anticorrosive coating|epoxy coating|epoxy paint|acrylic paint|acrylic paints|oil paint|oil paints|watercolor paint|watercolour paint|watercolors|watercolours|gouache|tempera|poster paint|face paint|body paint|spray paint|aerosol paint|wall paint|interior paint|exterior paint|emulsion paint|latex paint|primer|paint primer|undercoat|varnish|lacquer|wood stain|stain wood|polyurethane varnish|epoxy resin|epoxy resin kit|resin epoxy|uv resin|casting resin|art resin|enamel paint|chalk paint|metallic paint|glow in the dark paint|fabric paint|glass paint|nail paint|car paint|touch up paint|paint pen refill|pigment|pigments|pigment powder|mica pigment|dye|dyes|fabric dye|hair dye powder|food coloring|food colouring|food color|gel food coloring|ink|inks|printing ink|fountain pen ink|calligraphy ink|india ink|alcohol ink|tattoo ink|printer ink refill|stamp ink|putty|wood filler|wall filler|spackle|caulk|sealant|silicone sealant|acrylic sealant|grout|tile grout|waterproof coating|anti rust paint|rust converter", "3208", {
    splits: [
      // Artists', students' or signboard painters' colours put up in sets (3213.10), otherwise 3213.90.
      to({ words: ["acrylic paint", "acrylic paints", "oil paint", "oil paints", "watercolor", "watercolour", "watercolors", "watercolours", "gouache", "tempera", "poster paint", "face paint", "body paint"], isSet: true }, "321310"),
      to({ words: ["acrylic paint", "acrylic paints", "oil paint", "oil paints", "watercolor", "watercolour", "watercolors", "watercolours", "gouache", "tempera", "poster paint", "face paint", "body paint"] }, "3213"),
      // Water-based paints on acrylic or vinyl polymers are 3209.10 ("latex" house paints are acrylic or vinyl-acrylic
      // emulsions); on other polymers 3209.90.
      to({ words: ["wall paint", "interior paint", "exterior paint", "emulsion", "latex paint", "chalk paint", "water based", "water-based", "waterborne"], allOf: [["acrylic", "vinyl", "latex", "pva", "polyvinyl"]] }, "320910"),
      to({ words: ["wall paint", "interior paint", "exterior paint", "emulsion", "latex paint", "chalk paint"] }, "3209"),
      // Paints and varnishes based on synthetic polymers dispersed or dissolved in an aqueous medium (heading 3209).
      to({ words: ["water based", "water-based", "waterborne", "aqueous", "dispersed in water", "in an aqueous medium"] }, "3209"),
      // Paints and coatings on synthetic polymers dispersed or dissolved in a non-aqueous (organic solvent) medium are
      // 3208, by polymer: polyesters 3208.10, acrylic or vinyl 3208.20, other (epoxy, polyurethane, alkyd) 3208.90.
      to({ words: ["coating", "coatings", "paint", "paints", "varnish", "lacquer", "enamel"], allOf: [["solvent", "solvents", "non-aqueous", "nonaqueous"], ["polyester"]] }, "320810"),
      to({ words: ["coating", "coatings", "paint", "paints", "varnish", "lacquer", "enamel"], allOf: [["solvent", "solvents", "non-aqueous", "nonaqueous"], ["acrylic", "vinyl", "polyvinyl"]] }, "320820"),
      to({ words: ["coating", "coatings", "paint", "paints", "varnish", "lacquer", "enamel"], allOf: [["solvent", "solvents", "non-aqueous", "nonaqueous"]] }, "320890"),
      to({ words: ["epoxy coating", "epoxy paint"] }, "320890"),
      to({ words: ["epoxy", "uv resin", "casting resin", "art resin"] }, "3907"),
      to({ words: ["pigment", "pigments", "mica pigment"] }, "3206"),
      to({ words: ["food coloring", "food colouring", "food color", "gel food"] }, "3203"),
      to({ words: ["dye", "dyes", "fabric dye"] }, "3204"),
      to({ words: ["ink", "inks", "printing ink", "fountain pen ink", "calligraphy ink", "india ink", "alcohol ink", "tattoo ink", "printer ink", "stamp ink"] }, "3215"),
      to({ words: ["putty", "wood filler", "wall filler", "spackle", "caulk", "sealant", "grout"] }, "3214"),
      to({ words: ["nail paint"] }, "330430"),
      to({ words: ["hair dye"] }, "330590"),
      to({ words: ["rust converter"] }, "3824"),
    ],
    note: "paints and varnishes (solvent-based 3208, water-based 3209, other 3210), artists' colours 3213, putty/sealants 3214, inks 3215, pigments 3206, dyes 3204",
  }),
  e("flavor preparation|flavour preparation|flavoring preparation|flavouring preparation|mixture of odoriferous substances|mixtures of odoriferous substances|odoriferous mixture|natural flavor|natural flavour|artificial flavor|artificial flavour|flavor emulsion|flavour emulsion|flavor compound|fragrance compound|fragrance concentrate|perfume compound|perfumery compound", "3302", {
    // Mixtures of odoriferous substances (3302): of a kind used in the food or drink industries 3302.10; for
    // perfumery, soap or other industries 3302.90. A flavour is used in foods or drinks.
    splits: [
      to({ words: ["flavor", "flavour", "flavors", "flavours", "flavoring", "flavouring", "food", "foods", "beverage", "beverages", "drink", "drinks", "confectionery", "bakery", "dairy", "yogurt", "yoghurt"] }, "330210"),
      to({}, "330290"),
    ],
    note: "mixtures of odoriferous substances → 3302: for the food or drink industries 330210, other (perfumery, soap) 330290",
  }),
  e("biodiesel|bio-diesel|bio diesel|biodiesel blend", "3826", {
    note: "biodiesel (fatty acid mono-alkyl esters used as fuel) and blends with < 70% petroleum oils → 3826 (B100 3826.00.10); ≥ 70% petroleum oils 2710.20",
  }),
  e("essential oil|essential oils|lavender oil|tea tree oil|peppermint oil|eucalyptus oil|lemon oil|orange oil|rosemary oil|frankincense oil|essential oil set|aromatherapy oil|fragrance oil|fragrance oils|perfume oil|flavour concentrate|flavoring extract|vanilla extract|food flavoring|e-liquid flavour concentrate", "3301", {
    splits: [
      to({ words: ["fragrance oil", "fragrance oils", "perfume oil"] }, "330290"),
      to({ words: ["flavour", "flavor", "flavoring", "flavouring", "vanilla extract", "food flavoring"] }, "330210"),
      to({ words: ["orange"] }, "330112"),
      to({ words: ["lemon"] }, "330113"),
      to({ words: ["peppermint"] }, "330124"),
      to({}, "330129"),
    ],
    note: "essential oils 3301 (orange 330112, lemon 330113, peppermint 330124, other 330129); fragrance/flavour mixtures 3302",
  }),
  e("perfume|perfumes|eau de parfum|eau de toilette|cologne|fragrance|fragrances|body mist|body spray|perfume set|solid perfume|roll on perfume|attar|oud|lipstick|lipsticks|lip gloss|lip glosses|lip tint|lip stain|liquid lipstick|lip liner|lip balm|lip plumper|lip oil|lip mask|lip scrub|mascara|eyeliner|eyeliners|liquid eyeliner|gel eyeliner|eyeshadow|eye shadow|eyeshadow palette|eye shadow palette|eyebrow gel|brow pencil|brow pomade|brow gel|brow powder|lash serum|eyelash serum|eyelash glue|lash glue|lash adhesive|nail polish|nail polishes|nail varnish|gel polish|gel nail polish|uv gel polish|base coat|top coat|nail gel|builder gel|poly gel|polygel|acrylic powder nail|acrylic nail powder|dip powder|nail glue|cuticle oil|nail polish remover|gel remover|nail art kit|press on nails|false nails|fake nails|nail tips|nail extension|face powder|setting powder|loose powder|pressed powder|compact powder|blush|blusher|bronzer|highlighter makeup|contour palette|foundation|liquid foundation|bb cream|cc cream|concealer|primer makeup|face primer|setting spray|makeup setting spray|makeup|make up|makeup set|makeup kit|cosmetics|cosmetic set|face cream|moisturizer|moisturiser|night cream|day cream|eye cream|anti aging cream|anti-aging cream|serum|face serum|vitamin c serum|hyaluronic acid serum|retinol serum|niacinamide serum|face toner|facial toner|face mask skincare|sheet mask|sheet masks|clay mask|face mask sheet|peel off mask|face scrub|exfoliator|face wash|facial cleanser|cleanser|cleansing balm|cleansing oil|micellar water|makeup remover|sunscreen|sunblock|sun cream|sunscreen lotion|spf lotion|after sun|tanning lotion|self tanner|self tanning|tanning oil|body lotion|body cream|body butter|hand cream|foot cream|body oil|massage oil|baby oil|baby lotion|skin care|skincare|skincare set|acne cream|whitening cream|skin whitening|dark spot corrector|stretch mark cream|cellulite cream|firming cream|breast cream|beauty cream|tattoo aftercare|petroleum jelly cosmetic|aloe vera gel|snail mucin|collagen cream|eye patches|under eye patches|eye mask gel|nose strips|pore strips|blackhead remover strips", "3304", {
    splits: [
      to({ words: ["perfume", "perfumes", "eau de", "cologne", "fragrance", "fragrances", "body mist", "body spray", "attar", "oud", "solid perfume", "roll on perfume"] }, "330300"),
      to({ words: ["lip", "lipstick", "lipsticks"] }, "330410"),
      to({ words: ["mascara", "eyeliner", "eyeliners", "eyeshadow", "eye shadow", "brow", "eyebrow", "lash serum", "eyelash serum"] }, "330420"),
      to({ words: ["eyelash glue", "lash glue", "lash adhesive", "nail glue"] }, "350691"),
      to({ words: ["nail", "gel polish", "polygel", "poly gel", "base coat", "top coat", "builder gel", "dip powder", "cuticle oil", "gel remover"] }, "330430"),
      to({ words: ["press on nails", "false nails", "fake nails", "nail tips", "nail extension"] }, "392690"),
      to({ words: ["face powder", "setting powder", "loose powder", "pressed powder", "compact powder", "blush", "blusher", "bronzer"] }, "330491"),
      // Serums, oils and masks for the hair or scalp are hair preparations (3305.90), not skin care.
      to({ words: ["hair", "scalp"], unless: ["hair removal", "depilatory", "facial hair", "body hair", "hair and skin", "skin and hair"] }, "330590"),
      to({ words: ["massage oil", "baby oil", "body oil"] }, "330499"),
      // Face washes and cleansers are surface-active preparations for washing the skin (340130), not skin care 3304.
      to({ words: ["face wash", "facial wash", "facial cleanser", "face cleanser", "cleanser", "cleansing oil", "cleansing balm", "cleansing foam", "cleansing gel", "cleansing milk"] }, "340130"),
      to({}, "330499"),
    ],
    note: "perfumes 330300; make-up and skin care → 3304 (lip 330410, eye 330420, nail 330430, powders 330491, other incl. creams, serums, sunscreen, masks 330499); false nails 3926",
  }),
  e("shampoo|shampoos|dry shampoo|anti dandruff shampoo|baby shampoo|conditioner|hair conditioner|leave in conditioner|hair mask|hair treatment|hair oil|argan oil hair|hair serum|hair spray|hairspray|hair gel|hair wax|pomade|hair pomade|hair cream|styling cream|hair mousse|hair dye|hair color|hair colour|hair colorant|bleach hair|hair bleach|henna|henna powder|hair relaxer|perm solution|keratin treatment|hair growth serum|hair growth oil|minoxidil|beard oil|beard balm|edge control|toothpaste|tooth paste|whitening toothpaste|kids toothpaste|tooth powder|teeth whitening kit|teeth whitening strips|teeth whitening gel|mouthwash|mouth wash|mouth rinse|breath spray|dental floss|floss|floss picks|denture adhesive|denture tablets|denture cleansing tablets|denture cleaning tablets|denture cleanser|denture cleansers|denture cleaner|denture cleanser tablets|denture cream|shaving cream|shaving foam|shaving gel|shaving soap|aftershave|after shave|beard wash|deodorant|deodorants|antiperspirant|roll on deodorant|deodorant stick|body deodorant spray|bath salts|bath salt|bath bomb|bath bombs|bubble bath|bath foam|bath oil|shower gel|body wash|foot soak|air freshener|air fresheners|room spray|room fragrance|car air freshener|car freshener|reed diffuser|reed diffusers|diffuser oil|incense|incense sticks|incense cones|joss sticks|agarbatti|dhoop|smudge stick|sage smudge|scented sachet|potpourri|odor eliminator|odour eliminator|fabric freshener|deodorizer|shoe deodorizer|contact lens solution|lens solution|depilatory cream|hair removal cream|wax strips|hair removal wax|depilatory wax|sugar wax|intimate wash|feminine wash|personal lubricant|lube|massage gel|baby powder|talcum powder", "3305", {
    splits: [
      // Shampoos and grooming preparations for animals are "other" preparations of 3307.90, not hair preparations.
      to({ words: ["shampoo", "shampoos", "conditioner"], allOf: [["dog", "dogs", "cat", "cats", "pet", "pets", "puppy", "puppies", "horse", "horses", "animal", "animals"]] }, "330790"),
      to({ words: ["shampoo", "shampoos"] }, "330510"),
      // Keratin "treatments" that straighten hair are 3305.20; a hair mask or conditioner with keratin conditions it (3305.90).
      to({ words: ["relaxer", "perm", "keratin"], unless: ["mask", "masks", "conditioner", "conditioners", "shampoo"] }, "330520"),
      to({ words: ["hair spray", "hairspray"] }, "330530"),
      to({ words: ["toothpaste", "tooth paste", "tooth powder", "teeth whitening", "whitening toothpaste"] }, "330610"),
      to({ words: ["dental floss", "floss"] }, "330620"),
      to({ words: ["mouthwash", "mouth wash", "mouth rinse", "breath spray", "denture"] }, "330690"),
      to({ words: ["shaving", "aftershave", "after shave"] }, "330710"),
      to({ words: ["deodorant", "deodorants", "antiperspirant"] }, "330720"),
      to({ words: ["bath salt", "bath salts", "bath bomb", "bath bombs", "bubble bath", "bath foam", "bath oil", "foot soak"] }, "330730"),
      to({ words: ["incense", "joss", "agarbatti", "dhoop"] }, "330741"),
      to({ words: ["air freshener", "air fresheners", "room spray", "room fragrance", "car air freshener", "car freshener", "reed diffuser", "reed diffusers", "diffuser oil", "scented sachet", "sachet", "potpourri", "odor eliminator", "odour eliminator", "fabric freshener", "deodorizer", "smudge", "sage"] }, "330749"),
      to({ words: ["shower gel", "body wash", "intimate wash", "feminine wash", "beard wash"] }, "340130"),
      to({ words: ["contact lens solution", "lens solution"] }, "330790"),
      to({ words: ["depilatory", "hair removal", "wax strips", "sugar wax"] }, "330790"),
      to({ words: ["personal lubricant", "lube", "massage gel"] }, "330499"),
      to({ words: ["baby powder", "talcum powder"] }, "330491"),
      to({}, "330590"),
    ],
    note: "hair preparations 3305 (shampoos 330510, lacquers 330530, other 330590); oral hygiene 3306; shaving, deodorants, bath and room preparations 3307; liquid skin washes 340130",
  }),
  e("soap|soaps|bar soap|soap bar|handmade soap|natural soap|glycerin soap|toilet soap|hand soap|liquid soap|liquid hand soap|hand wash|handwash|foaming hand soap|soap dispenser refill|soap flakes|paper soap|laundry soap|laundry bar|detergent|detergents|laundry detergent|washing powder|laundry powder|laundry liquid|laundry pods|laundry capsules|laundry sheets|fabric softener|fabric conditioner|stain remover|bleach|laundry bleach|dish soap|dishwashing liquid|washing up liquid|dish detergent|dishwasher tablets|dishwasher pods|dishwasher detergent|rinse aid|dishwasher salt|all purpose cleaner|multi surface cleaner|kitchen cleaner|bathroom cleaner|toilet cleaner|toilet bowl cleaner|glass cleaner|window cleaner|floor cleaner|carpet cleaner solution|oven cleaner|degreaser|descaler|limescale remover|drain cleaner|mold remover|mould remover|cleaning spray|cleaning solution|cleaning tablets|disinfectant|disinfectant spray|disinfectant wipes|antibacterial wipes|wet wipes|baby wipes|cleaning wipes|makeup remover wipes|hand sanitizer|hand sanitiser|sanitizer gel|alcohol wipes|car shampoo|car wash soap|car wash liquid|shoe polish|shoe cream|leather conditioner|leather cleaner|furniture polish|wood polish|metal polish|brass polish|silver polish|car wax|car polish|scratch remover|tire shine|scouring powder|scouring paste|ceramic coating car|stainless steel cleaner|stainless steel polish|steel cleaner|chrome polish|chrome cleaner|brass cleaner|silver cleaner|metal cleaner", "3401", {
    splits: [
      to({ words: ["wet wipes", "baby wipes", "cleaning wipes", "makeup remover wipes", "disinfectant wipes", "antibacterial wipes", "alcohol wipes"] }, "3401"),
      to({ words: ["hand sanitizer", "hand sanitiser", "sanitizer gel"] }, "380894"),
      // A laundry or dishwashing detergent is a washing preparation of 3402 even when its ingredients list "soap" and it
      // is liquid (3401.30 is soap for washing the skin); put up for retail sale 3402.50, in bulk 3402.90.
      to({ words: ["laundry detergent", "detergent", "detergents", "laundry liquid", "laundry pods", "laundry capsules", "dish soap", "dishwashing liquid", "washing up liquid", "dish detergent"], unless: ["bulk", "industrial", "drum", "drums", "ibc", "tote"] }, "340250"),
      to({ words: ["disinfectant", "disinfectant spray"] }, "380894"),
      to({ words: ["liquid soap", "liquid hand soap", "hand wash", "handwash", "foaming hand soap", "soap dispenser refill"] }, "340130"),
      // Soap in the form of a liquid or cream for washing the skin, put up for retail sale, is 3401.30 whatever its name.
      to({ words: ["soap", "soaps", "hand soap", "toilet soap", "natural soap", "glycerin soap"], allOf: [["liquid", "liquid form", "gel", "foaming", "foam", "cream", "pump bottle", "pump"]] }, "340130"),
      to({ words: ["paper soap", "soap flakes"] }, "340120"),
      to({ words: ["laundry soap", "laundry bar"] }, "340119"),
      to({ words: ["soap", "soaps", "bar soap", "soap bar", "handmade soap", "natural soap", "glycerin soap", "toilet soap", "hand soap"] }, "340111"),
      // Scouring pastes and powders are a subheading of their own (3405.40), before washing preparations.
      to({ words: ["scouring paste", "scouring powder", "scouring cream"] }, "340540"),
      to({ words: ["washing powder", "laundry powder", "dishwasher tablets", "dishwasher pods"] }, "340250"),
      to({ words: ["fabric softener", "fabric conditioner"] }, "380991"),
      to({ words: ["shoe polish", "shoe cream", "leather conditioner", "leather cleaner"] }, "340510"),
      to({ words: ["furniture polish", "wood polish"] }, "340520"),
      to({ words: ["car wax", "car polish", "scratch remover", "tire shine", "ceramic coating"] }, "340530"),
      // A polish or cleaner for stainless steel, chrome or silver is a polish of 3405.90: the metal named is what it
      // cleans, not what it is made of.
      to({ words: ["metal polish", "brass polish", "silver polish", "stainless steel cleaner", "stainless steel polish", "steel cleaner", "chrome polish", "chrome cleaner", "brass cleaner", "silver cleaner", "metal cleaner"] }, "340590"),
      to({ words: ["bleach", "laundry bleach"] }, "282890"),
      to({ words: ["descaler", "limescale", "drain cleaner", "mold remover", "mould remover", "rinse aid", "oven cleaner", "degreaser"] }, "340290"),
      to({ words: ["dishwasher salt"] }, "250100"),
      // HS 2022 3402.50 is washing and cleaning preparations put up for retail sale (any form, liquid too); 3402.90
      // the rest (bulk, industrial).
      to({ words: ["bulk", "industrial", "drum", "drums", "ibc", "tote", "concentrate for dilution"] }, "340290"),
      to({}, "340250"),
    ],
    note: "soap (toilet bars 340111, other forms 340120, liquid skin wash 340130); washing and cleaning preparations 3402 (put up for retail sale 340250, other 340290); polishes 3405; disinfectants and sanitizers 380894",
  }),
  e("modelling clay|modeling clay|polymer clay|air dry clay|play dough|playdough|play doh|plasticine|kids clay|slime clay|dental wax|dental impression material", "340700", {
    splits: [to({ words: ["polymer clay"] }, "3407")], note: "modelling pastes (incl. children's), dental waxes and impression compounds → 340700",
  }),
  e("glue|glues|super glue|superglue|instant glue|ca glue|wood glue|pva glue|white glue|school glue|glue stick|glue sticks|hot glue sticks|hot melt glue sticks|hot melt adhesive|contact cement|contact adhesive|epoxy glue|epoxy adhesive|two part epoxy|construction adhesive|tile adhesive|wallpaper paste|fabric glue|shoe glue|rubber cement|spray adhesive|craft glue|glitter glue|uv glue|b7000 glue|e6000 glue|t7000 glue|threadlocker|thread locker|loctite|anaerobic adhesive|silicone adhesive|liquid nails|gorilla glue|adhesive glue", "3506", {
    splits: [
      to({ words: ["tile adhesive"] }, "3214"),
      to({ words: ["wallpaper paste"] }, "350510"),
      to({ words: ["glue stick", "glue sticks", "school glue", "craft glue", "glitter glue"] }, "350610"),
      to({ words: ["super glue", "superglue", "instant glue", "ca glue", "epoxy", "two part", "hot melt", "hot glue", "uv glue", "b7000", "e6000", "t7000", "threadlocker", "thread locker", "loctite", "anaerobic", "silicone adhesive", "contact", "spray adhesive", "construction adhesive", "pva", "wood glue"] }, "350691"),
      to({}, "350699"),
    ],
    note: "prepared glues and adhesives → 3506 (retail ≤ 1 kg 350610, polymer/rubber based 350691, other 350699)",
  }),
  // "Adhesive" as the goods' noun: adhesives of commerce are mostly based on polymers of headings 3901–3913 or on
  // rubber (3506.91); starch or dextrin glues are 3505.20.
  e("adhesive|adhesives|adhesive product|adhesive compound|industrial adhesive|structural adhesive|polyurethane adhesive|acrylic adhesive|pressure sensitive adhesive|laminating adhesive|solvent based adhesive|water based adhesive|adhesive sealant", "3506", {
    splits: [to({ words: ["starch", "dextrin"] }, "350520"), to({}, "350691")],
    note: "adhesives → 3506 (based on polymers of 3901–3913 or rubber 350691); starch/dextrin glues 350520",
  }),
  e("enzyme|enzymes|enzyme preparation|prepared enzymes|polymerase|polymerases|dna polymerase|taq polymerase|reverse transcriptase|protease|proteases|lipase|amylase|alpha amylase|glucoamylase|cellulase|xylanase|phytase|pectinase|transglutaminase|papain|bromelain|pepsin|trypsin|rennet|chymosin|dna ligase|restriction enzyme|lysozyme|glucose oxidase|catalase enzyme", "3507", {
    splits: [to({ words: ["rennet", "chymosin"] }, "350710"), to({}, "350790")],
    note: "enzymes and prepared enzymes n.e.s. → 3507 (rennet and concentrates 350710, other 350790)",
  }),
  e("fireworks|firework|sparklers|sparkler|firecrackers|firecracker|smoke bomb|smoke bombs|smoke grenade colored|signal flare|distress flare|party popper pyrotechnic|cake fireworks|roman candle|matchbox|safety matches|strike anywhere matches|fire starter|firestarter|fire lighters|fire lighter cubes|firelighters|ferro rod|ferrocerium rod|magnesium fire starter|fuel tablets|solid fuel tablets|hexamine|esbit|gel fuel|chafing fuel|fuel paste|explosives|detonator|blasting caps|safety fuse", "3604", {
    splits: [
      to({ words: ["match", "matches", "matchbox", "safety matches", "strike anywhere"] }, "360500"),
      to({ words: ["ferro rod", "ferrocerium", "magnesium fire starter", "fuel tablets", "solid fuel", "hexamine", "esbit", "gel fuel", "chafing fuel", "fuel paste", "fire starter", "firestarter", "fire lighters", "fire lighter cubes", "firelighters"] }, "3606"),
      to({ words: ["explosives"] }, "3602"),
      to({ words: ["detonator", "blasting caps", "safety fuse"] }, "3603"),
      to({ words: ["fireworks", "firework", "cake fireworks", "roman candle", "firecracker", "firecrackers"] }, "360410"),
      to({}, "360490"),
    ],
    note: "fireworks 360410; signal flares, sparklers, smoke bombs 360490; matches 360500; ferro-cerium and solid fuels 3606",
  }),
  e("photographic film|camera film|35mm film|film roll|instant film|instax film|polaroid film|x-ray film|photo paper darkroom|developer chemical|photo fixer|film developer", "3702", {
    splits: [to({ words: ["instant film", "instax film", "polaroid film", "instant camera", "instant print"] }, "370120"), to({ words: ["x-ray film"] }, "3701"), to({ words: ["photo paper"] }, "3703"), to({ words: ["developer", "fixer"] }, "3707")],
    note: "photographic film in rolls 3702 (instant print film 370120); plates and flat film 3701; paper 3703; chemical preparations 3707",
  }),
  e("toner powder|refill toner|printer toner powder", "3707", { note: "prepared toners (powder) → 370790; toner cartridges 844399" }),
  e("insecticide|insecticides|insect spray|bug spray|fly spray|mosquito spray|cockroach bait|ant bait|ant killer|roach killer|mosquito coil|mosquito coils|mosquito repellent|insect repellent|bug repellent|mosquito repellent spray|repellent bracelet|flea treatment|flea spray|tick spray|flea and tick treatment|flea collar|rat poison|rodenticide|mouse poison|slug pellets|weed killer|herbicide|glyphosate|fungicide|plant fungicide|pesticide|pesticides|moth balls|mothballs|moth repellent|termite treatment", "3808", {
    splits: [
      to({ words: ["flea collar"] }, "3808"),
      to({ words: ["rat poison", "rodenticide", "mouse poison", "slug pellets"] }, "380899"),
      to({ words: ["weed killer", "herbicide", "glyphosate"] }, "380893"),
      to({ words: ["fungicide"] }, "380892"),
      to({ words: ["repellent", "mothballs", "moth balls", "moth repellent"] }, "380891"),
      to({}, "380891"),
    ],
    note: "insecticides, repellents, rodenticides, fungicides, herbicides, disinfectants put up for retail → 3808 9x",
  }),
  e("antifreeze|anti freeze|coolant|engine coolant|radiator coolant|de-icer|de icer|windshield washer fluid|screen wash|brake fluid|hydraulic fluid|fuel additive|fuel injector cleaner|octane booster|engine flush|radiator flush|fire extinguisher refill|dry powder extinguisher|foam concentrate|lab reagent|reagent|test kit chemical|water test kit|pool test kit|ph test strips|litmus paper|covid test|rapid test|antigen test|pregnancy test|ovulation test|drug test|urine test strips|diagnostic test kit", "3820", {
    splits: [
      to({ words: ["brake fluid", "hydraulic fluid"] }, "381900"),
      to({ words: ["fuel additive", "fuel injector cleaner", "octane booster"] }, "3811"),
      to({ words: ["fire extinguisher refill", "dry powder", "foam concentrate"] }, "381300"),
      to({ words: ["windshield washer", "screen wash", "engine flush", "radiator flush"] }, "3402"),
      to({ words: ["covid", "rapid test", "antigen", "pregnancy", "ovulation", "drug test", "urine test", "diagnostic test kit"] }, "382219"),
      to({ words: ["reagent", "lab reagent", "test kit chemical", "water test kit", "pool test kit", "ph test strips", "litmus"] }, "382219"),
      to({}, "382000"),
    ],
    note: "anti-freezing preparations 382000; brake fluids 381900; fuel additives 3811; diagnostic and laboratory reagents 3822",
  }),
];

const plastics: LexiconEntry[] = [
  // Plastics in primary forms (3901–3914) named by polymer, as in customs declarations.
  e("polyethylene|polythene|low density polyethylene|linear low density polyethylene|ldpe|lldpe|high density polyethylene|hdpe resin|uhmwpe|ultra high molecular weight polyethylene|ethylene vinyl acetate|ethylene vinyl acetate copolymer|eva copolymer|eva resin|ethylene copolymer|ethylene alpha olefin copolymer|ethylene propylene copolymer|polyethylene wax|chlorinated polyethylene|ionomer resin", "3901", {
    splits: [
      to({ words: ["terephthalate"] }, "390769"),
      to({ words: ["wax"] }, "3404"),
      to({ words: ["vinyl acetate", "eva"] }, "390130"),
      to({ words: ["alpha olefin"] }, "390140"),
      to({ words: ["high density", "hdpe", "uhmwpe", "ultra high"] }, "390120"),
      to({ words: ["low density", "ldpe", "lldpe"] }, "390110"),
      // Polyethylene of a stated specific gravity or density: 3901.10, which GRI 6 turns to 3901.20 at 0.94 or more.
      to({ words: ["specific gravity", "density"] }, "390110"),
      to({}, "390190"),
    ],
    note: "polymers of ethylene in primary forms → 3901 (PE sp. gr. < 0.94 390110, ≥ 0.94 390120, EVA 390130, ethylene-α-olefin 390140, other 390190)",
  }),
  e("polypropylene resin|polypropylene granules|polypropylene homopolymer|polypropylene copolymer|propylene copolymer|propylene copolymers|polyisobutylene|polybutene|polyolefin resin|polyolefin elastomer|pp homopolymer|pp copolymer|pp granules|pp resin", "3902", {
    splits: [to({ words: ["polyisobutylene", "polybutene"] }, "390220"), to({ words: ["copolymer", "copolymers", "elastomer"] }, "390230"), to({ words: ["polyolefin"] }, "390290"), to({}, "390210")],
    note: "polymers of propylene or other olefins in primary forms → 3902 (PP 390210, polyisobutylene 390220, propylene copolymers 390230, other 390290)",
  }),
  e("polystyrene resin|expandable polystyrene|expandable polystyrene beads|expansible polystyrene|expansible polystyrene beads|eps beads|general purpose polystyrene|high impact polystyrene|hips resin|styrene acrylonitrile|san resin|acrylonitrile butadiene styrene|abs pellets|abs granules|styrene copolymer|styrene butadiene copolymer|styrene polymer", "3903", {
    splits: [
      to({ words: ["acrylonitrile butadiene styrene", "abs"] }, "390330"),
      to({ words: ["styrene acrylonitrile", "san"] }, "390320"),
      to({ words: ["expandable", "eps"] }, "390311"),
      to({ words: ["copolymer", "butadiene"] }, "390390"),
      to({}, "390319"),
    ],
    note: "polymers of styrene in primary forms → 3903 (expansible PS 390311, other PS 390319, SAN 390320, ABS 390330, other 390390)",
  }),
  e("polyvinyl chloride|polyvinyl chloride resin|pvc powder|pvc compound|pvc granules|plasticized pvc|plasticised pvc|vinyl chloride copolymer|vinyl acetate copolymer|polyvinylidene chloride|pvdc|polytetrafluoroethylene|ptfe powder|ptfe resin|fluoropolymer|fluoropolymers|polyvinylidene fluoride|pvdf|fep resin|pfa resin|etfe|fluoroelastomer", "3904", {
    splits: [
      to({ words: ["polytetrafluoroethylene", "ptfe"] }, "390461"),
      to({ words: ["fluoropolymer", "fluoropolymers", "polyvinylidene fluoride", "pvdf", "fep", "pfa", "etfe", "fluoroelastomer"] }, "390469"),
      to({ words: ["polyvinylidene chloride", "pvdc"] }, "390450"),
      to({ words: ["copolymer"] }, "390430"),
      to({ words: ["plasticized", "plasticised", "compound"] }, "390422"),
      to({}, "390410"),
    ],
    note: "polymers of vinyl chloride or other halogenated olefins → 3904 (PVC not mixed 390410, plasticised 390422, VC-VA copolymers 390430, PVDC 390450, PTFE 390461, other fluoropolymers 390469)",
  }),
  e("polyvinyl acetate|pvac|polyvinyl alcohol|pva resin|pva powder|polyvinyl butyral|pvb resin|polyvinylpyrrolidone|pvp powder|vinyl acetate polymer|vinyl ester polymer", "3905", {
    splits: [
      to({ words: ["polyvinyl alcohol", "pva"] }, "390530"),
      to({ words: ["polyvinylpyrrolidone", "pvp"] }, "390599"),
      to({ words: ["butyral", "pvb"] }, "390599"),
      to({ words: ["dispersion", "emulsion"] }, "390512"),
      to({}, "390519"),
    ],
    note: "polymers of vinyl acetate or other vinyl esters; other vinyl polymers → 3905 (PVAc 39051x, polyvinyl alcohol 390530, other 39059x)",
  }),
  e("polymethyl methacrylate|pmma resin|pmma pellets|acrylic polymer|acrylic polymers|acrylic copolymer|polyacrylate|sodium polyacrylate|superabsorbent polymer|polyacrylic acid|carbomer|carbomers|carbopol|polyacrylamide|acrylic emulsion|acrylic dispersion|acrylic binder|polyacrylonitrile", "3906", {
    splits: [to({ words: ["polymethyl methacrylate", "pmma"] }, "390610"), to({}, "390690")],
    note: "acrylic polymers in primary forms → 3906 (PMMA 390610, other incl. polyacrylates, polyacrylamide 390690)",
  }),
  e("polyacetal|polyoxymethylene|pom resin|acetal resin|polyether|polyethers|polyether polyol|polyol|polyols|polyethylene glycol|polypropylene glycol|peg 200|peg 300|peg 400|peg 600|peg 1000|peg 1500|peg 3350|peg 4000|peg 6000|peg 8000|polyphenylene ether|polyether ether ketone|peek|epoxide resin|epoxide resins|liquid epoxy resin|polycarbonate|polycarbonates|alkyd resin|alkyd resins|polyethylene terephthalate|pet chips|pet pellets|bottle grade pet|polylactic acid|polylactide|pla resin|unsaturated polyester|unsaturated polyester resin|polyester resin|polyester resins|polybutylene terephthalate|pbt resin|thermoplastic polyester|liquid crystal polymer|polyester polyol|polycaprolactone", "3907", {
    splits: [
      to({ words: ["polyacetal", "polyoxymethylene", "pom", "acetal"] }, "390710"),
      to({ words: ["polyester polyol", "polycaprolactone", "polybutylene", "pbt", "thermoplastic polyester", "liquid crystal"] }, "390799"),
      to({ words: ["polyether", "polyethers", "polyol", "polyols", "polyethylene glycol", "peg", "polypropylene glycol", "polyphenylene ether", "peek"] }, "390729"),
      to({ words: ["epoxide", "epoxy"] }, "390730"),
      to({ words: ["polycarbonate", "polycarbonates"] }, "390740"),
      to({ words: ["alkyd"] }, "390750"),
      to({ words: ["polyethylene terephthalate", "pet"] }, "390761"),
      to({ words: ["polylactic", "polylactide", "pla"] }, "390770"),
      to({ words: ["unsaturated", "polyester resin", "polyester resins"] }, "390791"),
      to({}, "390799"),
    ],
    note: "polyacetals, other polyethers, epoxide resins, polycarbonates, alkyd resins, polyallyl esters and other polyesters in primary forms → 3907 (PET 39076x, PLA 390770, unsaturated polyesters 390791)",
  }),
  e("polyamide|polyamides|polyamide resin|polyamide chips|nylon chips|nylon 6 chips|nylon 66 chips|pa6 chips|pa66 chips|nylon granules|nylon 6 granules|nylon 66 granules|nylon pellets|nylon 6 chip|nylon 6 pellets|polyamide 6 chips|nylon 6|nylon 66|nylon 6,6|nylon 11|nylon 12|pa6|pa66|polyphthalamide|aramid resin", "3908", {
    splits: [to({ words: ["polyphthalamide", "aramid"] }, "390890"), to({}, "390810")],
    note: "polyamides in primary forms → 3908 (PA 6, 11, 12, 6-6, 6-9, 6-10, 6-12 390810; other 390890)",
  }),
  e("amino resin|amino resins|urea formaldehyde|urea formaldehyde resin|urea resin|melamine resin|melamine formaldehyde|melamine formaldehyde resin|melamine moulding compound|phenolic resin|phenolic resins|phenol formaldehyde|phenol formaldehyde resin|novolac|resol resin|polyurethane resin|polyurethanes|tpu pellets|polyurethane prepolymer|polymeric mdi|polyurethane dispersion", "3909", {
    splits: [
      to({ words: ["urea"] }, "390910"),
      to({ words: ["melamine"] }, "390920"),
      to({ words: ["polymeric mdi"] }, "390931"),
      to({ words: ["phenolic", "phenol", "novolac", "resol"] }, "390940"),
      to({ words: ["polyurethane", "polyurethanes", "tpu"] }, "390950"),
      to({}, "390939"),
    ],
    note: "amino-resins, phenolic resins and polyurethanes in primary forms → 3909 (urea 390910, melamine 390920, poly(MDI) 390931, phenolic 390940, PU 390950)",
  }),
  e("silicone oil|silicone oils|silicone fluid|silicone resin|silicone resins|silicone emulsion|silicone elastomer|silicone gum|silicone polymer|polysiloxane|polydimethylsiloxane|dimethicone|silicone antifoam|silicone defoamer", "391000", {
    note: "silicones in primary forms (oils, fluids, resins, elastomers, emulsions) → 391000",
  }),
  e("petroleum resin|petroleum resins|hydrocarbon resin|hydrocarbon resins|c5 resin|c9 resin|coumarone indene resin|polyterpene|terpene resin|polysulfide polymer|polysulfone|polyethersulfone|polyphenylene sulfide|polyimide|polyimides|polyimide resin|polyetherimide|polyurea", "3911", {
    splits: [to({ words: ["petroleum", "hydrocarbon", "c5", "c9", "coumarone", "polyterpene", "terpene"] }, "391110"), to({}, "391190")],
    note: "petroleum resins, coumarone-indene resins, polyterpenes 391110; polysulphides, polysulphones and other Note 3 products 391190",
  }),
  e("cellulose acetate|cellulose nitrate|nitrocellulose|cellulose ether|cellulose ethers|carboxymethyl cellulose|carboxymethylcellulose|sodium carboxymethyl cellulose|cmc powder|methyl cellulose|methylcellulose|hydroxypropyl methylcellulose|hypromellose|hpmc|hydroxyethyl cellulose|ethyl cellulose|microcrystalline cellulose|cellulose powder|regenerated cellulose", "3912", {
    splits: [
      to({ words: ["acetate"] }, "391211"),
      to({ words: ["nitrate", "nitrocellulose"] }, "391220"),
      to({ words: ["carboxymethyl", "carboxymethylcellulose", "cmc"] }, "391231"),
      to({ words: ["methyl cellulose", "methylcellulose", "hydroxypropyl", "hypromellose", "hpmc", "hydroxyethyl", "ethyl cellulose"] }, "391239"),
      to({}, "391290"),
    ],
    note: "cellulose and its chemical derivatives in primary forms → 3912 (acetates 39121x, nitrates 391220, CMC 391231, other ethers 391239, other 391290)",
  }),
  e("alginate|alginates|sodium alginate|alginic acid|xanthan gum|natural polymer|modified natural polymer|hardened protein|chitosan|dextran|pullulan|gellan gum|hyaluronic acid powder|sodium hyaluronate", "3913", {
    splits: [to({ words: ["alginate", "alginates", "alginic"] }, "391310"), to({}, "391390")],
    note: "natural polymers and modified natural polymers (alginic acid 391310; xanthan, chitosan, hyaluronic acid 391390)",
  }),
  e("ion exchange resin|ion exchange resins|ion-exchanger|cation exchange resin|anion exchange resin|mixed bed resin", "391400", { note: "ion-exchangers based on polymers of 3901–3913, in primary forms → 391400" }),
  // Plates, sheets, film: non-cellular not reinforced 3920; cellular, reinforced, laminated or combined 3921.
  e("polyethylene film|polyethylene sheet|polyethylene sheeting|pe film|pe sheet|ldpe film|hdpe film|polypropylene film|polypropylene sheet|bopp film|cpp film|pvc film|pvc sheeting|pet film|polyester film|bopet film|polyethylene terephthalate film|polycarbonate film|pmma film|acrylic film|polyamide film|nylon film|bopa film|eva film|peva film|peva sheeting|polyimide film|polyurethane film|tpu film|cellulose film|cellophane|metallized film|metallised film|plastic foil|plastic film roll|coated plastic film", "3920", {
    splits: [
      to({ words: ["cellular", "foam", "reinforced", "laminated", "textile", "fabric", "scrim", "glass fiber", "glass fibre", "fiberglass"] }, "3921"),
      to({ words: ["polyimide", "polyurethane", "tpu"] }, "392099"),
      to({ words: ["cellulose", "cellophane"] }, "392071"),
      to({ words: ["polyamide", "nylon", "bopa"] }, "392092"),
      to({ words: ["polycarbonate"] }, "392061"),
      to({ words: ["pmma", "acrylic"] }, "392051"),
      to({ words: ["pet", "polyester", "bopet", "terephthalate"] }, "392062"),
      to({ words: ["pvc", "vinyl"] }, "392043"),
      to({ words: ["polypropylene", "bopp", "cpp"] }, "392020"),
      to({}, "392010"),
    ],
    note: "plates, sheets, film, foil and strip of plastics, non-cellular and not reinforced, laminated or similarly combined → 3920 by polymer (PE 392010, PP 392020, PVC 39204x, PMMA 392051, PC 392061, PET 392062, cellulose 39207x, polyamide 392092, other 392099); otherwise 3921",
  }),
  e("laminated plastic film|laminated plastic sheet|laminated sheet plastic|multilayer film|multi-layer film|co-extruded film|coextruded film|reinforced plastic sheet|fiberglass reinforced plastic|fibreglass reinforced plastic|grp sheet|grp panel|glass fibre reinforced plastic|plastic coated fabric|cellular plastic|cellular plastic sheet|foamed plastic sheet|plastic foam sheet|pvc foam board|pvc foam sheet|polyethylene foam|pe foam|xpe foam|ixpe foam|polyurethane foam sheet|polystyrene foam board|eps foam board|xps board|polyethylene foam sheet", "3921", {
    splits: [
      to({ words: ["polystyrene", "eps", "xps"] }, "392111"),
      to({ words: ["pvc foam"] }, "392112"),
      to({ words: ["polyurethane", "pu foam"] }, "392113"),
      to({ words: ["foam", "cellular", "foamed"] }, "392119"),
      to({}, "392190"),
    ],
    note: "other plates, sheets, film, foil and strip of plastics → 3921 (cellular: PS 392111, PVC 392112, PU 392113, other 392119; reinforced, laminated or combined non-cellular 392190)",
  }),
  // Plastic articles by function: packing 3923, household 3924, builders' ware 3925, other 3926.
  e("plastic container for packing|plastic packaging|plastic packing material|plastic closure|plastic stopper|plastic cap closure|preform|pet preform|bottle preform|plastic crate|plastic pallet|blister pack|blister packaging|clamshell packaging|plastic tray packaging|plastic spool|plastic bobbin|plastic reel|plastic jar", "3923", {
    splits: [
      to({ words: ["preform", "preforms", "jar", "bottle"] }, "392330"),
      to({ words: ["spool", "bobbin", "reel"] }, "392340"),
      to({ words: ["closure", "stopper", "cap"] }, "392350"),
      to({ words: ["crate", "tray", "blister", "clamshell", "packaging"] }, "392310"),
      to({ words: ["pallet"] }, "392390"),
      to({}, "392390"),
    ],
    note: "articles for the conveyance or packing of goods, of plastics → 3923 (boxes, cases, crates, trays 392310; bottles, jars, preforms 392330; spools 392340; stoppers, caps, lids 392350; other 392390)",
  }),
  e("household article of plastic|plastic household article|plastic household articles|plastic kitchenware|plastic hygienic article|plastic toilet article|plastic wash basin|plastic basin|plastic bucket|plastic pail|plastic tub|plastic colander", "3924", {
    splits: [to({ words: ["kitchenware", "colander"] }, "392410"), to({}, "392490")],
    note: "tableware, kitchenware, other household articles and hygienic or toilet articles of plastics → 3924 (tableware/kitchenware 392410, other 392490)",
  }),
  e("builders ware of plastic|plastic builders ware|plastic reservoir|plastic cistern|plastic vat|plastic water storage tank|plastic window frame|plastic door frame|plastic threshold|plastic shutter|plastic fitting for building|plastic railing|plastic balustrade|plastic ceiling rose", "3925", {
    splits: [to({ words: ["reservoir", "cistern", "vat", "tank"] }, "392510"), to({ words: ["window", "door", "threshold"] }, "392520"), to({ words: ["shutter"] }, "392530"), to({}, "392590")],
    note: "builders' ware of plastics → 3925 (reservoirs, tanks > 300 l 392510; doors, windows, frames, thresholds 392520; shutters, blinds 392530; other 392590)",
  }),
  e("article of plastic|articles of plastic|other articles of plastics|plastic fastener|plastic clip|plastic buckle|plastic tag|plastic label holder|plastic sign|plastic name badge|plastic apparel accessory|plastic garment|plastic poncho|plastic sleeve protector", "3926", {
    splits: [
      to({ words: ["garment", "vest", "poncho", "apparel", "glove", "gloves", "sleeve protector"] }, "392620"),
      to({ words: ["label holder", "name badge"] }, "392610"),
      to({}, "392690"),
    ],
    note: "other articles of plastics and articles of other materials of 3901–3914 → 3926 (office 392610, apparel and clothing accessories 392620, fittings 392630, ornaments 392640, other 392690)",
  }),
  e("plastic granules|plastic pellets|resin pellets|lldpe granules|hdpe pellets|ldpe pellets|pvc resin|pet resin|abs plastic|abs resin|nylon resin|polycarbonate resin|acrylic resin|silicone rubber raw|liquid silicone|rtv silicone|mold making silicone|casting silicone|polyurethane foam|expanding foam|spray foam|hdpe granules|ldpe granules|masterbatch|recycled plastic|plastic scrap|plastic waste", "3901", {
    splits: [
      to({ words: ["hdpe", "high density polyethylene"] }, "390120"),
      to({ words: ["ldpe", "lldpe", "low density polyethylene"] }, "390110"),
      to({ words: ["polypropylene"] }, "3902"),
      to({ words: ["polystyrene", "abs"] }, "3903"),
      to({ words: ["pvc"] }, "3904"),
      // Polyethylene terephthalate is a polyester (3907), whatever its name starts with.
      to({ words: ["pet", "polycarbonate", "terephthalate", "polyester", "pbt", "pla", "polylactic", "polyacetal", "polyoxymethylene", "pom", "epoxy"] }, "3907"),
      to({ words: ["acrylic"] }, "3906"),
      to({ words: ["nylon", "polyamide"] }, "3908"),
      to({ words: ["polyurethane", "expanding foam", "spray foam"] }, "3909"),
      to({ words: ["silicone", "rtv", "mold making", "casting silicone"] }, "3910"),
      to({ words: ["scrap", "waste", "recycled"] }, "3915"),
    ],
    note: "plastics in primary forms → 3901–3914 by polymer (PE 3901, PP 3902, styrene 3903, PVC 3904, acrylic 3906, polyesters/PC 3907, polyamide 3908, PU 3909, silicones 3910); waste 3915",
  }),
  e("3d printer filament|3d filament|pla filament|petg filament|abs filament|tpu filament|filament|plastic rod|acrylic rod|nylon rod|ptfe rod|teflon rod|pom rod|acetal rod|delrin rod|uhmw rod|hdpe rod|peek rod|pvc rod|nylon bar|acetal bar|ptfe bar|plastic bar|pvc profile|plastic profile|plastic strip|edge banding|pvc edge banding|welding rod plastic|monofilament|fishing monofilament raw|trimmer line|strimmer line|weed eater line", "3916", {
    splits: [
      to({ words: ["pla", "petg", "abs", "tpu", "3d"] }, "391690"),
      to({ words: ["pvc", "edge banding"] }, "391620"),
      to({ words: ["hdpe", "uhmw", "polyethylene"] }, "391610"),
      to({ words: ["trimmer line", "strimmer line", "weed eater line"] }, "391690"),
      to({}, "391690"),
    ],
    note: "monofilament > 1 mm, rods, sticks and profile shapes of plastics → 3916 (3D printer filament 391690)",
  }),
  e("plastic pipe|plastic pipes|pvc pipe|pvc pipes|upvc pipe|hdpe pipe|ppr pipe|pex pipe|pex tubing|abs pipe|drain pipe|plastic tube|plastic tubing|vinyl tubing|pvc tubing|silicone tubing|silicone tube|silicone hose|pu tubing|polyurethane tubing|pneumatic tubing|air hose pneumatic|nylon tubing|ptfe tube|ptfe tubing|garden hose|hose pipe|hosepipe|expandable hose|expandable garden hose|water hose|flexible hose|shower hose plastic|aquarium tubing|airline tubing|drip tubing|irrigation tubing|layflat hose plastic|corrugated pipe|hose reel|hose reel cart|hose connector|hose fittings|quick connect hose|hose splitter|hose adapter|tap connector", "3917", {
    splits: [
      to({ words: ["hose reel", "hose reel cart"] }, "842490"),
      to({ words: ["hose connector", "hose fittings", "quick connect", "hose splitter", "hose adapter", "tap connector"] }, "391740"),
      to({ material: ["rubber"] }, "4009"),
      to({ words: ["silicone tubing", "silicone tube", "silicone hose"] }, "4009"),
      to({ words: ["pvc pipe", "pvc pipes", "upvc", "abs pipe", "drain pipe"] }, "391723"),
      to({ words: ["hdpe pipe"] }, "391721"),
      to({ words: ["ppr pipe"] }, "391722"),
      to({ words: ["garden hose", "hose pipe", "hosepipe", "expandable", "water hose", "flexible hose", "layflat"] }, "391739"),
      to({ words: ["pneumatic", "air hose", "pu tubing", "polyurethane", "nylon tubing", "ptfe"] }, "391732"),
      to({}, "391732"),
    ],
    note: "tubes, pipes and hoses of plastics → 3917 (rigid PVC 391723, flexible not reinforced without fittings 391732, other 391739, fittings 391740); rubber hoses 4009",
  }),
  e("plastic floor covering|plastic floor coverings|floor covering|floor coverings|polyvinyl chloride floor covering|pvc floor covering|vinyl floor covering|vinyl flooring|vinyl plank flooring|lvp flooring|spc flooring|lvt flooring|pvc flooring|vinyl floor tiles|peel and stick floor tiles|linoleum|lino|pvc wall panels|wall panels pvc|3d wall panels|ceiling panels pvc|pvc ceiling|floor mat pvc|pvc mat roll|stair tread pvc|interlocking floor tiles|foam floor tiles|eva foam mats|puzzle mats|garage floor tiles", "3918", {
    splits: [
      to({ words: ["linoleum", "lino"] }, "590410"),
      to({ words: ["eva foam", "foam floor", "puzzle mats"] }, "392190"),
      to({ words: ["vinyl", "pvc", "polyvinyl chloride", "lvp", "spc", "lvt"] }, "391810"),
      to({}, "391890"),
    ],
    note: "floor, wall and ceiling coverings of plastics → 3918 (PVC 391810, other 391890)",
  }),
  e("felt tape|felt tapes|adhesive felt tape|self adhesive felt tape|felt strip|felt strips|felt weatherstrip|felt pad tape", "5602", {
    splits: [to({ words: ["needleloom", "needle loom", "needle felt", "needle punched", "needlepunched"] }, "560210")],
    note: "felt tape is felt, whether or not coated with adhesive or impregnated (heading 5602; needleloom felt 560210), not self-adhesive plastic tape (3919)",
  }),
  e("tape|tapes|adhesive tape|self-adhesive tape|self adhesive tape|self-adhesive plastic tape|adhesive plastic tape|plastic tape|plastic tapes|packing tape|packaging tape|box tape|sellotape|scotch tape|clear tape|masking tape|painters tape|duct tape|gaffer tape|gaffa tape|double sided tape|double-sided tape|foam tape|mounting tape|washi tape|decorative tape|reflective tape|warning tape|floor marking tape|anti slip tape|non-slip tape|ptfe tape|teflon tape|thread seal tape|plumbers tape|kapton tape|polyimide tape|vhb tape|nano tape|gorilla tape|tape roll|tape dispenser|self adhesive film|vinyl film|adhesive vinyl|vinyl roll|car wrap vinyl|car wrap film|window tint film|window film|privacy window film|protective film|screen protector film|paint protection film|ppf|laminating film|contact paper|shelf liner adhesive|sticky back plastic", "3919", {
    splits: [
      to({ words: ["masking tape", "painters tape", "washi"], material: ["paper"] }, "4823"),
      to({ words: ["duct tape", "gaffer", "gaffa"], material: ["textile"] }, "5906"),
      to({ words: ["tape dispenser"] }, "392610"),
      // PTFE thread seal tape is not self-adhesive: strip of plastics (3920.99), not tape of 3919.
      to({ words: ["thread seal", "thread sealant", "ptfe", "teflon", "plumbers tape", "plumber's tape"], unless: ["adhesive", "self adhesive"] }, "392099"),
      to({ words: ["tape", "tapes"], unless: ["thread seal", "thread sealant", "ptfe", "teflon", "plumbers tape", "plumber's tape"] }, "391910"),
      to({}, "391990"),
    ],
    note: "self-adhesive plates, sheets, film, tape of plastics → 3919 (rolls ≤ 20 cm wide 391910, other 391990); paper masking tape 4823",
  }),
  e("plastic sheet|plastic sheets|acrylic sheet|acrylic sheets|plexiglass|perspex|pmma sheet|polycarbonate sheet|pc sheet|pvc sheet|pet sheet|abs sheet|hdpe sheet|pp sheet|ptfe sheet|teflon sheet|ptfe film|pom sheet|acetal sheet|delrin sheet|nylon sheet|uhmw sheet|uhmwpe sheet|ldpe sheet|peek sheet|pvdf sheet|plastic film|plastic sheeting|polythene sheeting|poly sheeting|stretch film|stretch wrap|pallet wrap|shrink film|shrink wrap|cling film|cling wrap|plastic wrap|food wrap|greenhouse film|mulch film|agricultural film|vapor barrier|pond liner|bubble wrap|air bubble film|foam sheet|eva foam sheet|craft foam|foam board sheet|polystyrene sheet|eps foam|styrofoam|xps foam board|insulation foam board|pu foam sheet|foam roll|packing foam|foam insert|corrugated plastic sheet|coroplast|polycarbonate roofing|plastic mirror sheet|acrylic mirror sheet|transparency film|overhead transparency|shrinky dinks sheet|heat shrink plastic sheet", "3920", {
    splits: [
      to({ words: ["bubble wrap", "air bubble"] }, "392190"),
      to({ words: ["eva foam", "craft foam", "foam sheet", "foam roll", "packing foam", "foam insert", "pu foam"] }, "392119"),
      to({ words: ["polystyrene", "eps", "styrofoam", "xps", "insulation foam"] }, "392111"),
      to({ words: ["acrylic", "plexiglass", "perspex", "pmma", "acrylic mirror"] }, "392051"),
      to({ words: ["polycarbonate", "pc sheet"] }, "392061"),
      to({ words: ["pvc"] }, "392043"),
      to({ words: ["pet sheet"] }, "392062"),
      // Sheets of other polymers: polyamide (nylon) 3920.92; fluoropolymers (PTFE, PVDF), polyacetal, PEEK 3920.99;
      // UHMW and LDPE are polyethylene (3920.10).
      to({ words: ["nylon sheet"] }, "392092"),
      to({ words: ["ptfe", "teflon", "pvdf", "pom sheet", "acetal", "delrin", "peek"] }, "392099"),
      to({ words: ["uhmw", "uhmwpe", "ldpe"] }, "392010"),
      to({ words: ["pp sheet", "corrugated plastic", "coroplast"] }, "392020"),
      to({ words: ["cling film", "cling wrap", "plastic wrap", "food wrap", "stretch film", "stretch wrap", "pallet wrap", "shrink film", "shrink wrap", "greenhouse film", "mulch film", "polythene", "poly sheeting", "vapor barrier", "hdpe sheet", "pond liner"] }, "392010"),
    ],
    note: "plates, sheets, film of plastics → 3920 (non-cellular, by polymer: PE 392010, PP 392020, PVC 39204x, PMMA 392051, PC 392061, PET 392062) / 3921 (cellular and other)",
  }),
  e("plastic bag|plastic bags|poly bag|poly bags|polybag|packaging bag|packaging bags|packing bag|packing bags|polyethylene bag|polyethylene bags|pe bag|pe bags|zip lock bag|ziplock bag|ziploc bag|zipper bag|resealable bag|self sealing bag|grip seal bag|freezer bag|freezer bags|food storage bag|food storage bags|sandwich bag|sandwich bags|garbage bag|garbage bags|trash bag|trash bags|bin bag|bin bags|bin liners|rubbish bags|refuse sacks|compostable bags|biodegradable bags|dog poop bags|poop bags|dog waste bags|shopping bag plastic|carrier bag|carrier bags|t-shirt bags|produce bags|vacuum storage bag|vacuum storage bags|space saver bags|compression bags|poly mailer|poly mailers|mailing bags|courier bags|shipping bags|cellophane bags|opp bags|cello bags|treat bags|candy bags|cookie bags|stand up pouch|standup pouch|mylar pouch|smell proof bag|anti static bag|bubble bags|plastic box|plastic boxes|plastic storage box|plastic container|plastic containers|plastic crate|plastic crates|stackable crate|organizer box|organiser box|plastic organizer|compartment box|bead organizer|craft storage box|drawer organizer plastic|under bed storage box|clear storage box|shoe box plastic|plastic tote|plastic bottle|plastic bottles|pet bottle|pet bottles|spray bottle|spray bottles|trigger spray bottle|pump bottle|dispenser bottle|squeeze bottle|dropper bottle|dropper bottles|travel bottles|travel bottle set|cosmetic bottle|cosmetic jar|cosmetic jars|plastic jar|plastic jars|lotion bottle|airless pump bottle|refillable bottle|sample vial|plastic vial|jerrican plastic|plastic drum|ibc tote|bottle cap plastic|plastic lid|plastic lids|plastic cap|plastic caps|flip top cap|pump dispenser head|trigger sprayer|plastic spool|thread spool plastic|blister packaging|clamshell packaging|plastic packaging|disposable container|takeaway container|take out container|food container disposable|deli container|sauce cup|portion cup", "3923", {
    splits: [
      to({ words: ["bag", "bags"], material: ["paper"] }, "481940"),
      to({ words: ["storage box", "storage boxes", "storage bin", "storage bins", "plastic storage box", "organizer box", "organiser box", "plastic organizer", "compartment box", "bead organizer", "craft storage box", "drawer organizer", "under bed storage", "clear storage box", "shoe box plastic", "tote box", "plastic tote"] }, "392490"),
      // Refuse sacks are film of polyethylene (3923.21) unless made of another plastic (compostable PLA/PBAT 3923.29).
      to({ words: ["garbage bag", "garbage bags", "trash bag", "trash bags", "bin bag", "bin bags", "bin liners", "rubbish bags", "refuse sacks", "dog poop", "poop bags", "dog waste"], unless: ["compostable", "biodegradable", "pla", "pbat", "cornstarch", "corn starch", "plant based", "pvc"] }, "392321"),
      to({ words: ["garbage bag", "garbage bags", "trash bag", "trash bags", "bin bag", "bin bags", "bin liners", "rubbish bags", "refuse sacks", "dog poop", "poop bags", "dog waste"] }, "392329"),
      to({ words: ["vacuum storage", "space saver", "compression bags"] }, "392329"),
      to({ words: ["bag", "bags", "mailer", "mailers", "pouch", "polybag"] }, "392321"),
      // A spray bottle or atomizer for perfume is a scent spray of 9616.10 ("scent sprays and similar toilet sprays"),
      // not a plastic container for the conveyance of goods.
      to({ words: ["spray bottle", "spray bottles", "atomizer", "atomiser"], allOf: [["perfume", "perfumes", "cologne", "fragrance", "scent"]] }, "961610"),
      to({ words: ["bottle", "bottles", "jar", "jars", "vial", "jerrican", "drum"] }, "392330"),
      to({ words: ["spool"] }, "392340"),
      to({ words: ["cap", "caps", "lid", "lids", "pump dispenser head", "trigger sprayer"] }, "392350"),
      to({ words: ["box", "boxes", "container", "containers", "crate", "crates"] }, "392310"),
      to({}, "392390"),
    ],
    note: "plastic articles for conveyance or packing of goods → 3923 (boxes/crates 392310, PE bags 392321, other bags 392329, bottles 392330, closures 392350); household storage boxes 392490",
  }),
  e("plastic cup|plastic cups|disposable plastic cups|plastic plate|plastic plates|disposable plates plastic|plastic cutlery|plastic forks|plastic spoons|plastic knives|disposable cutlery|plastic straws|drinking straws|reusable straws|silicone straws|plastic tableware|melamine plates|melamine dinnerware|melamine bowl|kids plates|kids bowls|baby plates|suction plate|suction bowl|baby feeding set|sippy cup|sippy cups|baby bottle|baby bottles|feeding bottle|feeding bottles|formula dispenser|pacifier clip|teether|teething toy|teething ring|teether ring|teether rings|silicone teether ring|silicone teether|kitchen utensils plastic|silicone spatula|silicone utensils|silicone kitchen utensils|ice cube mold silicone|silicone lid|silicone lids|silicone stretch lids|silicone food storage bags|reusable silicone bags|lunch container|salad container|cereal dispenser|rice dispenser|water dispenser manual|plastic pitcher|plastic tumbler|acrylic tumbler|kids cup|straw cup|bathroom set plastic|soap dispenser plastic|toothbrush cup|laundry basket plastic|plastic hamper|plastic bucket|plastic basin|wash basin plastic|dish pan|plastic hanger|plastic hangers|shower caddy plastic|bath mat plastic|shower mat|anti slip bath mat|shower curtain|shower curtains|shower curtain liner|peva shower curtain|tablecloth plastic|vinyl tablecloth|pvc tablecloth|plastic tablecloth|plastic placemats|clothes pegs plastic|potty|potty chair|baby potty|training potty|baby bath tub|baby bathtub|infant tub|bath seat baby|urinal bottle|bedpan|commode bucket|plastic watering can|plastic plant pot|plastic planter|seedling pots|nursery pots plastic|bird feeder plastic|pet feeder|automatic pet feeder|pet water fountain|cat fountain|litter box|cat litter box|litter tray|litter scoop|poop scooper|pooper scooper", "3924", {
    splits: [
      to({ words: ["automatic pet feeder", "pet water fountain", "cat fountain"] }, "850980"),
      to({ words: ["teether", "teething", "pacifier clip"], material: ["rubber"] }, "401490"),
      to({ words: ["shower curtain", "shower curtains", "shower curtain liner", "peva shower curtain"], material: ["textile", "synthetic"] }, "6303"),
      // Baths for infants are baths of 3922.10, not household articles of 3924.
      to({ words: ["baby bath tub", "baby bathtub", "baby bath", "infant tub", "infant bathtub"], unless: ["seat", "thermometer", "toy", "toys"] }, "392210"),
      to({ words: ["plastic hanger", "plastic hangers"] }, "392690"),
      to({ words: ["bird feeder"] }, "392690"),
      to({ words: ["plate", "plates", "cup", "cups", "cutlery", "forks", "spoons", "knives", "straws", "tableware", "melamine", "bowl", "bowls", "feeding", "sippy", "baby bottle", "baby bottles", "feeding bottle", "formula", "utensils", "spatula", "ice cube", "silicone lid", "silicone lids", "pot lid", "pan lid", "food storage", "lunch container", "salad container", "cereal", "rice dispenser", "dispenser", "pitcher", "tumbler", "straw cup", "kids cup"] }, "392410"),
      to({}, "392490"),
    ],
    note: "tableware and kitchenware of plastics 392410; other household, hygienic or toilet articles of plastics 392490",
  }),
  e("plastic door|pvc door|upvc door|upvc window|pvc window|plastic window|window blinds|blinds|venetian blinds|roller blinds|roller blind|vertical blinds|zebra blinds|cellular shades|honeycomb blinds|window shades|blackout blinds|pleated blinds|plastic shutters|water tank plastic|plastic water tank|rain barrel|water butt|septic tank plastic|plastic gutter|gutter|gutters|downspout|plastic skirting|plastic fence|vinyl fence|plastic trellis|plastic lattice|plastic railing|composite decking|wpc decking|plastic decking|plastic bollard|plastic manhole cover|plastic louver", "3925", {
    splits: [
      to({ words: ["blinds", "blind", "shades", "shutters", "louver"], material: ["textile", "synthetic", "cotton"] }, "6303"),
      to({ words: ["blinds", "blind", "shades", "shutters", "louver"], material: ["wood", "bamboo"] }, "4421"),
      to({ words: ["blinds", "blind", "shades", "shutters", "louver"], material: ["aluminium"] }, "7616"),
      to({ words: ["blinds", "blind", "shades", "shutters", "louver"] }, "392530"),
      to({ words: ["door", "window"] }, "392520"),
      to({ words: ["tank", "rain barrel", "water butt"] }, "392510"),
      to({ words: ["composite decking", "wpc"] }, "3925"),
      to({}, "392590"),
    ],
    note: "builders' ware of plastics → 3925 (tanks > 300 l 392510, doors/windows 392520, shutters and blinds 392530, other 392590); textile blinds 6303",
  }),
  e("plastic article|plastic articles|plastic item|plastic items|plastic product|plastic products|plastic part|plastic component|injection molded part|injection moulded part|plastic fittings|acrylic display stand|acrylic stand|acrylic box|acrylic display case|acrylic sign|acrylic block|acrylic frame|acrylic photo frame|acrylic charms|acrylic keychain blank|resin craft|resin figurine|resin figurines|resin statue|resin crafts|resin ornament|resin decoration|polyresin figurine|plastic figurine|plastic ornament|plastic flowers craft|plastic beads|acrylic beads|resin beads|pony beads|perler beads|fuse beads|hama beads|plastic sequins|sequins|paillettes|glitter|craft glitter|cosmetic glitter|nail glitter|rhinestones|flatback rhinestones|acrylic rhinestones|resin rhinestones|cable tie plastic|suction cup|suction cups|suction hooks|plastic clip|plastic clips|chip clips|bag clips|food clips|plastic hooks|plastic hanger clips|ear plugs|earplugs|foam earplugs|swimming earplugs|noise cancelling earplugs|nose clip|raincoat plastic|disposable raincoat|rain poncho disposable|plastic apron|disposable apron|plastic gloves|disposable gloves|vinyl gloves|pe gloves|food handling gloves|shoe covers|disposable shoe covers|boot covers|disposable cap|bouffant cap|hair cap disposable|plastic bib|face shield|face shields|plastic visor|safety face shield|sneeze guard|acrylic partition|plexiglass shield|plastic stationery|plastic ruler|plastic folder|file folder plastic|document wallet|sheet protectors|sheet protector|clear pockets|plastic sleeves|card sleeves|card protectors|toploader|top loader|id card holder plastic|badge reel|retractable badge holder|lanyard clip|name badge holder|plastic name tag|plastic tags|plastic labels|cable organizer plastic|plastic spacer|plastic spacers|plastic washer|nylon washer|plastic screw|nylon screws|plastic rivet|push rivets|trim clips|car clips|panel clips|plastic fasteners|plastic knob|plastic handle|furniture glides|chair leg caps|furniture pads plastic|bumper pads|cabinet bumpers|door stopper plastic|corner protectors|corner guards|edge protectors|child safety corner|outlet plugs|cabinet locks child|fridge lock|toilet lock|window stopper|plastic cover|protective cover plastic|dust cover plastic|keyboard cover|keyboard protector|silicone keyboard cover|keyboard skin|keyboard cover skin|laptop skin|laptop skins|phone skin|skin decal|vinyl skin|vinyl decal skin|remote cover|controller cover|button cover|phone screen protector|screen protector|tempered glass screen protector|camera lens protector|watch screen protector|privacy screen protector|phone grip|phone ring holder|phone ring|pop socket|popsocket|phone stand plastic|cable protector|cord protector|charger protector|airpods case cover|key cover|plastic key cap|nameplate plastic|plastic gear|nylon gear|plastic bushing|plastic bearing|plastic wheel|plastic pulley|plastic chain|safety chain plastic|barrier chain|traffic cone|traffic cones|road cone|safety cone|plastic barrier|crowd barrier plastic|speed bump|wheel stop|parking block|rubber speed bump|ice pack|ice packs|reusable ice pack|gel ice pack|cold pack|hot and cold pack|gel pack|hand warmer gel|heat pack reusable|cooling gel pad|pet cooling mat gel|fake food|food model|plastic fruit|dummy cake|plastic sign|plastic display|price tag holder|shelf talker|sign holder acrylic|menu stand acrylic|ballot box|donation box|tip jar acrylic|acrylic nail art display|nail swatch|nail tip box", "3926", {
    splits: [
      // A glass screen protector is safety glass not made for vehicles: toughened 7007.19, laminated 7007.29.
      to({ words: ["screen protector", "tempered glass"], allOf: [["laminated"]], material: ["glass"] }, "700729"),
      to({ words: ["screen protector", "tempered glass"], allOf: [["tempered", "toughened"]], material: ["glass"] }, "700719"),
      to({ words: ["screen protector", "tempered glass"], material: ["glass"] }, "7007"),
      to({ words: ["tempered glass screen protector", "camera lens protector"] }, "700719"),
      to({ words: ["ice pack", "ice packs", "gel ice pack", "cold pack", "hot and cold pack", "gel pack", "hand warmer gel", "heat pack", "cooling gel pad"] }, "3824"),
      to({ words: ["rubber speed bump", "speed bump", "wheel stop", "parking block"], material: ["rubber"] }, "401699"),
      to({ words: ["ear plugs", "earplugs", "foam earplugs", "swimming earplugs", "noise cancelling"], material: ["rubber"] }, "401699"),
      to({ words: ["rhinestones", "flatback rhinestones"], material: ["glass"] }, "7018"),
      to({ words: ["glitter", "craft glitter", "cosmetic glitter", "nail glitter"] }, "392099"),
      to({ words: ["sequins", "paillettes"], material: ["iron_steel", "aluminium", "base_metal", "copper"] }, "830890"),
      to({ words: ["plastic stationery", "plastic ruler", "plastic folder", "file folder", "document wallet", "sheet protector", "sheet protectors", "clear pockets", "plastic sleeves"] }, "392610"),
      to({ words: ["raincoat", "rain poncho", "apron", "gloves", "shoe covers", "boot covers", "disposable cap", "bouffant", "hair cap", "plastic bib"] }, "392620"),
      to({ words: ["furniture glides", "chair leg caps", "furniture pads", "bumper pads", "cabinet bumpers", "plastic knob", "plastic handle", "trim clips", "car clips", "panel clips", "push rivets"] }, "392630"),
      to({ words: ["figurine", "figurines", "statue", "ornament", "decoration", "resin craft", "resin crafts", "polyresin", "plastic flowers craft"] }, "392640"),
      to({ words: ["traffic cone", "traffic cones", "road cone", "safety cone"] }, "392690"),
      to({}, "392690"),
    ],
    note: "other articles of plastics → 3926 (office/school supplies 392610, apparel and accessories 392620, furniture/coachwork fittings 392630, statuettes and ornaments 392640, other 392690)",
  }),
  // Builders' trims, craft moulds and protective covers of plastics (often read as hardware, jewellery or toys).
  m("stair nosing|stair nose|stair edging|stair edge trim|stair edge strip|stair edge protector|stair edge protectors|step edge protector|step edge trim|stair edge guard|stair nose edging|stair tread nosing|step nosing|floor transition strip|transition strip|floor trim strip|floor edge trim|threshold strip|reducer strip|t-molding strip|tile trim|tile edge trim|tile edging strip|wall corner trim|corner guard strip", "392590",
    { "aluminium": "760429", "steel": "7308", "rubber": "401699", "wood": "4409", other: "392590" },
    "stair nosings, floor transition and edge trims: of plastics builders' ware 392590; aluminium profiles 760429; rubber 401699; wood mouldings 4409"),
  e("resin mold|resin molds|resin mould|resin moulds|epoxy mold|epoxy molds|epoxy resin mold|epoxy resin molds|uv resin mold|silicone resin mold|silicone resin molds|resin casting mold|jewelry resin mold|keychain resin mold|coaster resin mold|tray resin mold|pendant mold|resin art mold", "392690", {
    note: "craft moulds of silicone or other plastics for casting resin → 392690 (not jewellery or toys)",
  }),
  m("key fob cover|key fob case|car key cover|car key case|car key shell cover|remote key cover|remote control cover|remote control case|tv remote cover|keychain cover|keyring cover|figure protective case|figure protective cover|figure display case|figure display box|action figure case|doll display case|blind box protective case|plush protective case|protective shell cover", "392690",
    { "leatherish": "420231", "textiles": "420232", "rubber": "401699", other: "392690" },
    "protective covers and cases of plastics for keys, remotes and figures → 392690; of leather 420231 (pocket articles); of textile 420232; of rubber 401699"),
];

const rubber: LexiconEntry[] = [
  // Synthetic rubber in primary forms (bales, crumb) by polymer; latex only when said (4002.11 / .41 / .51 / .91).
  e("sbr|styrene butadiene rubber|styrene-butadiene rubber|sbr rubber|polybutadiene rubber|butadiene rubber|butyl rubber|chloroprene rubber|isoprene rubber", "4002", {
    splits: [
      to({ words: ["latex"], allOf: [["sbr", "styrene"]] }, "400211"),
      to({ words: ["sbr", "styrene"] }, "400219"),
      to({ words: ["polybutadiene", "butadiene rubber"] }, "400220"),
      to({ words: ["butyl"] }, "400231"),
      to({ words: ["chloroprene"] }, "400249"),
      to({ words: ["isoprene"] }, "400260"),
    ],
    note: "synthetic rubber in primary forms → 4002 (SBR 4002.19, BR 4002.20, IIR 4002.31, CR 4002.49, IR 4002.60; latex split off)",
  }),
  e("natural rubber|ribbed smoked sheet|technically specified natural rubber|latex liquid|liquid latex|rubber sheet|rubber sheets|rubber sheeting|neoprene sheet|epdm sheet|silicone sheet|rubber strip|rubber cord|rubber mat sheet|rubber roll|foam rubber sheet|sponge rubber|rubber foam|rubber granules|crumb rubber|reclaimed rubber|synthetic rubber", "4008", {
    splits: [
      // Natural rubber in primary forms by its trade form: latex 4001.10, ribbed smoked sheets (RSS) 4001.21, technically
      // specified (TSR, SIR, SMR, STR grades) 4001.22; synthetic rubber in bales is not latex (SBR 4002.19).
      to({ words: ["latex"], allOf: [["natural rubber"]] }, "400110"),
      to({ words: ["rss", "rss1", "rss2", "rss3", "rss4", "rss5", "ribbed smoked", "smoked sheet", "smoked sheets"] }, "400121"),
      to({ words: ["tsr", "tsr10", "tsr20", "tsnr", "sir", "smr", "str", "svr", "technically specified"] }, "400122"),
      to({ words: ["latex liquid", "liquid latex"] }, "4001"),
      to({ allOf: [["natural rubber"]] }, "4001"),
      to({ words: ["synthetic rubber"] }, "4002"),
      to({ words: ["reclaimed rubber", "crumb rubber", "rubber granules"] }, "4004"),
      to({ words: ["foam rubber", "sponge rubber", "rubber foam"] }, "400811"),
      to({}, "400821"),
    ],
    note: "natural rubber 4001; synthetic 4002; plates, sheets, strip, rods of vulcanised rubber 4008 (cellular 40081x, non-cellular 40082x)",
  }),
  e("rubber hose|rubber hoses|rubber tube|rubber tubing|hydraulic hose|air hose rubber|fuel hose|fuel line|radiator hose|radiator hoses|radiator hose rubber|vacuum hose rubber|heater hose|brake hose rubber|garden hose rubber|suction hose|water hose rubber|oil hose", "4009", {
    splits: [to({ words: ["hydraulic"] }, "400942"), to({ words: ["fuel", "radiator", "heater", "brake", "vacuum"] }, "400931"), to({}, "400921")],
    // A radiator, heater or fuel hose of a car is a hose of vulcanised rubber (4009), not a vehicle part: Section XVII
    // note 2(a) keeps articles of vulcanised rubber out of "parts and accessories".
    note: "tubes, pipes and hoses of vulcanised rubber → 4009 (by reinforcement and fittings); radiator and heater hoses of vehicles too (Section XVII note 2(a))",
  }),
  e("conveyor belt|conveyor belts|rubber conveyor belt|transmission belt|v belt|v-belt|v belts|fan belt|serpentine belt|drive belt|timing belt|timing belts|poly v belt|ribbed belt|cogged belt|toothed belt|round belt|flat belt|treadmill belt|vacuum belt|washing machine belt|printer belt|3d printer belt|gt2 belt|motorcycle drive belt|cvt belt|snowmobile belt", "4010", {
    splits: [
      // 4010.11 reinforced only with metal, 4010.12 only with textile materials, 4010.19 other (both, or neither).
      to({ words: ["conveyor"], allOf: [BELT_METAL, BELT_TEXTILE] }, "401019"),
      to({ words: ["conveyor"], allOf: [BELT_METAL] }, "401011"),
      to({ words: ["conveyor"], allOf: [BELT_TEXTILE] }, "401012"),
      to({ words: ["conveyor"] }, "401019"),
      to({ words: ["timing", "toothed", "cogged", "gt2", "synchronous"] }, "401035"),
      // V-belts by outside circumference (4010.31–.34); an unstated one is read as the common 60–180 cm: V-ribbed
      // (poly-V, serpentine, multi-rib) 4010.31, other V-belts 4010.32.
      to({ words: ["poly v", "ribbed", "serpentine", "multi rib"] }, "401031"),
      to({ words: ["v belt", "v-belt", "v belts", "fan belt", "cvt"] }, "401032"),
      to({}, "401039"),
    ],
    note: "conveyor or transmission belts of vulcanised rubber → 4010 (conveyor 40101x, V-belts 40103x, synchronous 401035/36)",
  }),
  e("condom|condoms|latex condoms|female condom|teat|teats|bottle nipple|nipple for baby bottle|pacifier|pacifiers|dummy baby|soother|baby soother|nipple shield|finger cot|finger cots|hot water bottle|hot water bottles|ice bag rubber|menstrual cup|menstrual cups|period cup|rubber glove|rubber gloves|latex gloves|nitrile gloves|nitrile glove|disposable nitrile gloves|examination gloves|exam gloves|medical gloves|surgical gloves|household gloves|dishwashing gloves|cleaning gloves|kitchen gloves rubber|chemical resistant gloves|rubber apron|rubber boots fishing|latex clothing|latex catsuit|wetsuit rubber", "4014", {
    splits: [
      to({ words: ["condom", "condoms"] }, "401410"),
      to({ words: ["surgical gloves", "examination gloves", "exam gloves", "medical gloves"] }, "401512"),
      to({ words: ["glove", "gloves"] }, "401519"),
      to({ words: ["rubber apron", "latex clothing", "latex catsuit"] }, "401590"),
      to({ words: ["menstrual cup", "menstrual cups", "period cup"], material: ["plastic"] }, "392490"),
      to({ material: ["plastic"] }, "392490"),
      to({}, "401490"),
    ],
    note: "hygienic or pharmaceutical articles of rubber (condoms 401410, teats, pacifiers, hot-water bottles, menstrual cups 401490); rubber gloves 4015 (medical 401512, other 401519)",
  }),
  e("rubber mat|rubber mats|rubber floor mat|rubber flooring|gym flooring|rubber tiles|anti fatigue mat|kitchen mat rubber|drainage mat|horse stall mat|rubber door mat|eraser|erasers|rubber eraser|pencil eraser|kneaded eraser|rubber band|rubber bands|elastic bands|hair rubber bands|rubber bung|rubber stopper|rubber stoppers|rubber grommet|rubber grommets|rubber feet|rubber bumpers|rubber washers|rubber seal strip|door seal strip|weather stripping|window seal strip|draft stopper|draught excluder|rubber edge trim|rubber ring|rubber o ring|silicone ring|rubber wristband|silicone wristband|silicone bracelet|rubber bracelet|rubber duck bath|rubber toy dog|dog toy rubber|chew toy|dog chew toy|dog toy|dog toys|cat toy|cat toys|pet toy|pet toys|squeaky dog toy|rope dog toy|kong toy|treat dispenser toy|ball launcher dog|rubber ball|bouncy ball|bouncy balls|stress ball rubber|rubber hammer head|rubber tip|crutch tip|chair leg tips|rubber cap|silicone cap|silicone cover|silicone sleeve|silicone mat|silicone pad|silicone trivet|silicone pot holder|silicone lid cover|rubber boat fender|dock bumper|inflatable rubber|rubber balloon industrial|pipe plug inflatable|rubber track|rubber tracks|rubber bellows|cv boot|cv joint boot|rubber boot cover|suspension bushing|engine mount|engine mounts|motor mount|rubber mount|vibration mount|rubber buffer|rubber stamp sheet|rubber moulded part|silicone rubber products|rubber products", "4016", {
    splits: [
      to({ words: ["rubber mat", "rubber mats", "rubber floor", "gym flooring", "rubber tiles", "anti fatigue", "kitchen mat", "drainage mat", "stall mat", "door mat"] }, "401691"),
      to({ words: ["eraser", "erasers"] }, "401692"),
      to({ words: ["washers", "seal", "seals", "o ring", "grommet", "grommets", "weather stripping", "seal strip", "draft stopper", "draught"] }, "401693"),
      to({ words: ["boat fender", "dock bumper"] }, "401694"),
      to({ words: ["inflatable", "pipe plug inflatable"] }, "401695"),
      // Pet toys are no toys of 9503 (those amuse persons): they go by material — stuffed or plush ones are made-up textile articles.
      to({ words: ["dog toy", "dog toys", "cat toy", "cat toys", "pet toy", "pet toys"], allOf: [["stuffed", "plush", "fleece", "canvas", "rope", "fabric"]] }, "630790"),
      to({ words: ["dog toy", "dog toys", "cat toy", "cat toys", "pet toy", "pet toys", "chew toy", "squeaky", "kong", "treat dispenser", "ball launcher"], material: ["plastic"] }, "392690"),
      to({ words: ["dog toy", "dog toys", "cat toy", "cat toys", "pet toy", "pet toys", "rope dog toy"], material: ["textile", "cotton", "synthetic"] }, "630790"),
      to({ words: ["bouncy ball", "bouncy balls", "rubber ball", "stress ball"] }, "950300"),
      to({ words: ["silicone wristband", "silicone bracelet", "rubber bracelet", "rubber wristband"] }, "401699"),
      to({ words: ["cv boot", "cv joint boot", "engine mount", "engine mounts", "motor mount", "suspension bushing"] }, "401699"),
      to({ material: ["plastic"] }, "392690"),
      to({}, "401699"),
    ],
    note: "other articles of vulcanised rubber → 4016 (floor mats 401691, erasers 401692, seals and washers 401693, fenders 401694, inflatables 401695, other 401699); pet toys by material (rubber 401699, plastic 392690, textile 630790)",
  }),
  e("hard rubber|ebonite|ebonite rod|vulcanite", "4017", { note: "hard rubber (ebonite) in all forms and articles → 401700" }),
];

export const CHEMICALS_PLASTICS_RUBBER: LexiconEntry[] = [...minerals, ...chemicals, ...plastics, ...rubber];
