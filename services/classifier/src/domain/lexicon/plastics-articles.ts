/**
 * Chapter 39/40 additions: articles of plastics by function — packing (3923), table/kitchen and
 * household (3924), builders' ware (3925, Note 11 to ch. 39), other articles (3926) — and articles of
 * vulcanised rubber (40), as traders and marketplaces name them.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

const packing: LexiconEntry[] = [
  e("blister pack|blister packaging|blister card|clamshell packaging|clamshell pack|clamshell container|plastic clamshell|pvc box packaging|pet box packaging|clear plastic box packaging|packaging tray plastic|insert tray plastic|vacuum formed tray|thermoformed tray|plastic packaging|plastic packaging box|egg tray plastic|fruit punnet|punnet|punnets|berry container|deli container|deli containers|takeaway container|take out container|to go container|food packaging container|disposable food container|sauce cup|sauce cups|portion cup|portion cups|souffle cup|condiment cup|cup lid|cup lids|dome lid|sip lid", "392310", {
    splits: [
      to({ material: ["paper"] }, "482369"),
      to({ material: ["aluminium"] }, "761290"),
      to({ words: ["cup lid", "cup lids", "dome lid", "sip lid"] }, "392350"),
    ],
    note: "boxes, trays, punnets and clamshells of plastics for the conveyance or packing of goods → 392310; lids 392350; paper 4823",
  }),
  e("zip pouch plastic|stand up bag|spout pouch|retort pouch|vacuum sealer bag|vacuum sealer bags|vacuum seal bags|food vacuum bag|sous vide bag|boil in bag|bread bag plastic|ice bag plastic|ice cube bag|piping bag disposable|zipper pouch plastic|jewelry zip bag|small zip bags|mini ziplock bags|pill pouch|medicine bag plastic|specimen bag|biohazard bag|sample bag|evidence bag|tamper evident bag|security bag|cash bag plastic|anti-static bag|esd bag|moisture barrier bag|aluminum foil pouch|kraft pouch with window", "392329", {
    splits: [
      to({ words: ["kraft", "paper"] }, "4819"),
      to({ words: ["polyethylene", "pe bag", "ldpe", "hdpe"] }, "392321"),
      to({ material: ["textile", "cotton", "synthetic"] }, "4202"),
    ],
    note: "sacks and bags (including pouches and cones) of plastics → 3923 (of ethylene polymers 392321, other plastics 392329)",
  }),
  e("pump bottle|pump dispenser|lotion pump|soap pump|dispenser pump|foam pump|foaming pump|treatment pump|fine mist sprayer|trigger sprayer head|spray head|spray cap|flip cap|disc top cap|snap cap|dropper cap|child resistant cap|tamper evident cap|bottle closure plastic|plastic bottle cap|plastic cap|plastic caps|plastic lid|plastic lids|plastic stopper|plastic stoppers|plastic cork|plastic plug|plastic plugs|pipette dropper|glass dropper pipette|orifice reducer|fitment|bottle spout|pour spout plastic", "392350", {
    splits: [
      to({ words: ["pump bottle"] }, "392330"),
      to({ words: ["glass dropper pipette"] }, "701090"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal"] }, "830990"),
    ],
    note: "stoppers, lids, caps, pumps and sprayer closures of plastics → 392350 (the bottle itself 392330)",
  }),
  e("squeeze tube|cosmetic tube|empty tube|plastic tube packaging|lip gloss tube|empty lip gloss tube|lipstick tube empty|mascara tube empty|lip balm tube|chapstick tube|deodorant container empty|empty bottle|empty bottles|empty container|empty jar|empty jars|refillable container|travel container|travel containers|travel jar|cream jar|sample jar|sample container|pill bottle|pill bottles|medicine bottle|vitamin bottle|supplement bottle|hdpe bottle|ldpe bottle|pet jar|plastic jerrycan|plastic jerry can|carboy|plastic drum|plastic barrel|jug plastic|gallon jug|milk jug plastic|sports drink bottle empty|bottle preform|test tube plastic|centrifuge tube|centrifuge tubes|sample tube|specimen container|urine container|stool container|petri dish plastic|cuvette", "392330", {
    splits: [
      to({ material: ["glass"] }, "701090"),
      to({ material: ["aluminium"] }, "761290"),
      to({ words: ["test tube", "centrifuge", "sample tube", "petri dish", "cuvette"] }, "392690"),
      to({ words: ["drum", "barrel"], material: ["plastic"] }, "392330"),
    ],
    note: "carboys, bottles, flasks, jars, tubes and similar containers of plastics for packing → 392330; laboratory ware of plastics 392690; glass 7010",
  }),
  e("pallet wrap|stretch wrap|shrink wrap|shrink wrap bags|shrink bands|shrink sleeve|strapping band|packing strap|pp strapping|pet strapping|poly strapping|strapping tape plastic|void fill|air pillows|air cushion bags|air column bag|inflatable packaging|packing peanuts|foam packing|foam insert|foam inserts|pick and pluck foam|epe foam|pe foam sheet|foam corner protector|edge protector packaging|corner board|packing material", "392020", {
    splits: [
      to({ words: ["pallet wrap", "stretch wrap", "stretch film"] }, "392010"),
      to({ words: ["shrink wrap", "shrink bands", "shrink sleeve"] }, "392010"),
      to({ words: ["strapping", "packing strap"] }, "392690"),
      to({ words: ["air pillows", "air cushion", "air column", "inflatable packaging"] }, "392329"),
      to({ words: ["packing peanuts", "foam packing", "foam insert", "foam inserts", "pick and pluck", "epe foam", "pe foam", "foam corner", "void fill"] }, "392190"),
      to({ words: ["corner board", "edge protector"], material: ["paper"] }, "482390"),
      to({ words: ["corner board", "edge protector"] }, "392690"),
    ],
    note: "packing films (stretch/shrink 392010), cellular foam sheets and inserts 3921, strapping 392690, air cushions 3923",
  }),
];

const household: LexiconEntry[] = [
  e("plastic cup|plastic cups|party cups|solo cups|shot cups|jelly shot cups|dessert cups|parfait cups|plastic wine glass|plastic wine glasses|plastic champagne flutes|acrylic tumbler|acrylic glasses|acrylic wine glass|plastic plates|disposable cutlery|plastic cutlery|plastic spoons|plastic forks|plastic knives|plastic straws|drinking straws|straws|disposable straws|reusable plastic straws|silicone straws|plastic tableware|melamine plates|melamine bowl|melamine dinnerware|melamine tableware|acrylic tray|plastic serving tray|kids plates|kids dinnerware|baby bowl|baby plate|suction plate|suction bowl|toddler plate|divided plate|sippy cup|sippy cups|training cup|baby cup|straw cup|snack cup|snack container kids|baby fork|feeding spoon|self feeding set", "392410", {
    splits: [
      to({ material: ["paper"] }, "482369"),
      to({ words: ["straws", "straw"], material: ["paper"] }, "482369"),
      to({ material: ["stainless_steel"] }, "732393"),
      to({ material: ["bamboo"] }, "441919"),
      to({ material: ["wood"] }, "441990"),
      to({ material: ["glass"] }, "701349"),
      to({ material: ["porcelain"] }, "691110"),
      to({ material: ["ceramic"] }, "691200"),
    ],
    note: "tableware and kitchenware of plastics (disposable or not, incl. melamine and silicone baby feeding ware) → 392410; paper 482369; bamboo 441919",
  }),
  e("kneading board|flexible cutting mat|cutting mat kitchen", "392410", {
    splits: [
      to({ material: ["bamboo"] }, "441911"),
      to({ material: ["wood"] }, "441990"),
      to({ material: ["stone"] }, "6802"),
      to({ material: ["glass"] }, "701349"),
      to({ material: ["stainless_steel"] }, "732393"),
      to({ material: ["ceramic", "porcelain"] }, "691200"),
      to({ words: ["charcuterie", "cheese board", "serving board", "butcher block", "chopping block"] }, "4419"),
    ],
    decisive: ["material"],
    note: "chopping and serving boards: bamboo 441911 (bread boards, chopping boards of bamboo), other wood 4419, plastics 392410, glass 701349, marble 6802",
  }),
  e("ice cube tray plastic|silicone ice tray|ice mold silicone|silicone bakeware|silicone baking mold|silicone cake mold|silicone muffin cups|silicone cupcake liners|silicone baking cups|silicone cooking mat|silicone trivet mat|silicone oven mitt|silicone gloves kitchen|silicone spatula|silicone whisk|silicone brush|silicone food storage bag|reusable silicone bag|silicone food cover|silicone sink strainer|silicone funnel|collapsible funnel|collapsible colander|collapsible bowl|collapsible container|collapsible cup|folding cup|silicone cup|silicone bowl|silicone plate|silicone bib|silicone teether|silicone feeder", "392410", {
    splits: [
      to({ words: ["teether"] }, "392490"),
      to({ words: ["bib"] }, "392620"),
      to({ words: ["feeder"] }, "392490"),
      to({ material: ["rubber"], words: ["teether"] }, "401490"),
    ],
    note: "silicone kitchen and table articles are plastics (silicones of 3910) → 392410; bibs 392620; teethers 392490",
  }),
  e("hair catcher|drain hair catcher|shower drain cover|drain cover|bath plug|bath stopper|sink plug|shower curtain|shower curtains|shower liner|shower curtain liner|bath mat plastic|non slip bath mat|bathtub mat|shower mat|anti slip shower mat|suction bath mat|toilet lid cover|potty|potties|potty chair|potty training seat|toilet trainer|step stool plastic|kids step stool|bath seat baby|baby bath|baby bathtub|bath support|baby bath tub|infant tub", "392490", {
    splits: [
      to({ words: ["shower curtain", "shower curtains", "shower liner", "shower curtain liner"], material: ["textile", "cotton", "synthetic"] }, "630391"),
      to({ words: ["shower curtain", "shower curtains"] }, "392490"),
      to({ words: ["toilet seat cover", "toilet lid cover"], material: ["textile", "cotton", "synthetic"] }, "630499"),
      to({ words: ["bath mat", "shower mat", "bathtub mat"], material: ["rubber"] }, "401691"),
      to({ words: ["bath mat", "shower mat", "bathtub mat"], material: ["textile", "cotton", "synthetic"] }, "630260"),
      to({ words: ["baby bath", "baby bathtub", "baby bath tub", "infant tub"] }, "392210"),
      to({ words: ["potty", "potties", "potty chair", "toilet trainer", "potty training seat"] }, "392490"),
    ],
    note: "toilet and household articles of plastics (shower curtains, bath mats, drain covers, potties) → 392490; baths for infants 392210; textile shower curtains 6303",
  }),
  e("laundry pegs|laundry clips|peg bag|drying rack|clothes drying rack|laundry drying rack|airer|clothes airer|sock dryer|sock hanger|octopus hanger|hanger clips|hanger hooks|cascading hangers|hanger connector|space saving hangers|closet hanger organizer|tie hanger|belt hanger|scarf hanger|bag hanger|purse hanger|hanging organizer|hanging storage|over door organizer|over the door organizer|shoe organizer hanging|vacuum bag clip|bag sealing clip|food bag clips|chip bag clips", "392490", {
    splits: [
      to({ words: ["clothes peg", "clothespin", "clothespins", "clothes pins", "laundry pegs"], material: ["wood", "bamboo"] }, "442199"),
      to({ words: ["clothes peg", "clothespin", "clothespins", "clothes pins", "laundry pegs"], material: ["iron_steel", "stainless_steel"] }, "732690"),
      to({ words: ["drying rack", "airer"], material: ["iron_steel", "stainless_steel", "base_metal"] }, "732399"),
      to({ words: ["drying rack", "airer"], material: ["aluminium"] }, "761510"),
      to({ words: ["drying rack", "airer"], material: ["wood", "bamboo"] }, "442199"),
      to({ words: ["hanging organizer", "hanging storage", "over door organizer", "over the door organizer", "shoe organizer"], material: ["textile", "cotton", "synthetic"] }, "630790"),
      to({ material: ["stainless_steel"] }, "732393"),
      to({ material: ["iron_steel", "base_metal"] }, "732399"),
    ],
    note: "laundry and closet articles of plastics (pegs, drying racks, hanger clips, hanging organizers) → household articles 392490; wooden pegs 4421; steel racks 7323; textile organizers 630790",
  }),
  // A hand fly swatter is a household article (3924.90 of plastics, of wire 7323.99); the electric racket that kills
  // insects on a charged grid is an electrical apparatus (8543.70).
  e("fly swatter|fly swatters|flyswatter|flyswatters|fly swat|fly swats|fly flap|manual fly swatter", "392490", {
    splits: [
      to({ words: ["electric", "electronic", "rechargeable", "battery", "usb", "racket", "zapper"] }, "854370"),
      to({ material: ["iron_steel", "stainless_steel"] }, "732399"),
    ],
    note: "hand fly swatters → household articles of plastics 392490 (steel 732399); electric swatters 854370",
  }),
  // Child-safety latches and locks for cabinet doors and drawers, of plastics, stuck or screwed on: fittings for
  // furniture of plastics (3926.30), not an adhesive (3506) because they come with adhesive pads; of base metal 8301.
  e("child safety latch|child safety latches|child safety cabinet lock|child safety cabinet locks|baby safety lock|baby safety locks|childproof lock|childproof locks|child proof lock|child proof latch|cabinet safety lock|cabinet safety latch|drawer safety latch|drawer safety lock|baby lock|baby locks|magnetic child lock", "392630", {
    splits: [to({ material: ["iron_steel", "stainless_steel", "zinc", "base_metal", "aluminium"] }, "830130")],
    note: "child-safety cabinet and drawer latches of plastics → fittings for furniture 392630 (of base metal, locks for furniture 830130)",
  }),
];

const builders: LexiconEntry[] = [
  e("pvc ceiling panel|pvc ceiling panels|wpc wall panel|wpc panel|plastic wall panel|plastic cladding|vinyl siding|upvc cladding|soffit board|fascia board plastic|pvc skirting|skirting board plastic|plastic skirting|pvc trim|pvc moulding|corner bead plastic|plaster bead|plastic corner bead|expansion joint strip|upvc profile|window profile pvc|door frame pvc|plastic door frame|plastic shutter|plastic shutters|pvc shutters|roller shutter plastic|plastic louver|plastic louvres|vertical blind|vertical blinds|blind slats|window blinds plastic|faux wood blinds|pvc blinds|plastic fence|vinyl fence|vinyl fencing|pvc fence|plastic fence panel|garden edging plastic|lawn edging|landscape edging|plastic gutter|rain gutter plastic|downspout|gutter guard|plastic handrail|plastic railing|plastic baluster|skylight dome|roof light plastic|plastic roofing sheet|pvc roofing", "392590", {
    splits: [
      to({ words: ["shutter", "shutters", "louver", "louvres", "blind", "blinds", "slats"] }, "392530"),
      to({ words: ["door frame", "window profile", "upvc profile"] }, "392520"),
      to({ words: ["polycarbonate roofing", "plastic roofing sheet", "pvc roofing", "vinyl siding", "plastic cladding", "wall panel", "wall panels", "ceiling panel", "ceiling panels", "wpc"] }, "392590"),
      to({ material: ["aluminium"], words: ["blind", "blinds", "shutter", "shutters", "louver", "louvres"] }, "761090"),
      to({ material: ["textile", "synthetic", "cotton"], words: ["blind", "blinds"] }, "630399"),
      to({ material: ["wood", "bamboo"], words: ["blind", "blinds", "shutter", "shutters"] }, "441899"),
      to({ material: ["aluminium"] }, "761090"),
      to({ material: ["wood"] }, "4418"),
    ],
    note: "builders' ware of plastics (Note 11 to ch. 39): doors, windows and frames 392520; shutters and blinds 392530; cladding, gutters, fencing, skirting and other fittings 392590",
  }),
  e("vinyl plank|vinyl planks|vinyl plank flooring|lvp flooring|luxury vinyl tile|luxury vinyl plank|lvt flooring|peel and stick floor tiles|vinyl floor tiles|self adhesive floor tiles|pvc floor tiles|rubber floor tiles|interlocking floor tiles|interlocking tiles|garage floor tiles|plastic floor mat|vinyl floor mat|office chair mat|chair mat|floor protector mat|pvc floor mat|coil mat|pvc coil mat|anti slip mat roll|vinyl sheet flooring|linoleum|lino", "391810", {
    splits: [
      to({ words: ["linoleum", "lino"] }, "590410"),
      to({ words: ["rubber"] }, "401691"),
      to({ words: ["chair mat", "office chair mat", "floor protector mat"], material: ["plastic"] }, "391890"),
      to({ words: ["interlocking", "garage floor tiles"] }, "391890"),
    ],
    note: "floor coverings of plastics in rolls or tiles → 3918 (of vinyl chloride polymers 391810, other plastics 391890); linoleum 5904; rubber 401691",
  }),
  e("removable wall stickers|vinyl wall art|wall mural sticker|contact paper|shelf liner|drawer liner|adhesive vinyl|vinyl roll|craft vinyl|htv|iron on vinyl|permanent vinyl|adhesive film|frosted window film|privacy window film|window tint film|car wrap vinyl|vinyl wrap|carbon fiber vinyl|paint protection film|ppf film|headlight tint film|reflective tape|reflective sticker|reflective stickers|hazard tape|floor marking tape|anti slip tape|grip tape|double sided tape|double sided foam tape|mounting tape|vhb tape|gaffer tape|kapton tape|polyimide tape|teflon tape|thread seal tape|washi tape|decorative tape|vinyl labels|waterproof labels", "391990", {
    splits: [
      to({ words: ["peel and stick wallpaper", "self adhesive wallpaper"], material: ["paper"] }, "481490"),
      to({ words: ["washi tape", "decorative tape"], material: ["paper"] }, "482390"),
      to({ words: ["washi", "thermal labels", "shipping labels", "barcode labels", "blank labels", "label roll"] }, "482110"),
      to({ words: ["heat transfer vinyl", "htv", "iron on vinyl"] }, "392190"),
      to({ words: ["tape", "roll", "rolls"], material: ["paper"] }, "482390"),
      to({ words: ["grip tape", "anti slip tape"] }, "391990"),
      to({ words: ["double sided", "mounting tape", "vhb", "gaffer", "electrical tape", "insulation tape", "kapton", "polyimide", "teflon tape", "thread seal", "hazard tape", "floor marking", "reflective tape"] }, "391910"),
    ],
    note: "self-adhesive plates, sheets, film, tape and strip of plastics → 3919 (in rolls ≤ 20 cm wide 391910, other 391990); paper labels 4821; heat-transfer vinyl (not self-adhesive) 3921",
  }),
];

const other: LexiconEntry[] = [
  e("eye shield|eye shields|eyeshield|eyeshields|eye shield post surgery|eye protection shield|eye guard surgical", "392690", {
    m: { aluminium: "761699", "iron_steel,stainless_steel": "732690", textiles: "630790", other: "392690" },
    note: "eye shields worn over the eye after surgery or injury protect it and have no therapeutic or orthopaedic function (not 9021, no medical apparatus of 9018): by material — plastics 392690, aluminium 761699",
  }),
  e("acrylic display case|acrylic box|acrylic boxes|acrylic case|acrylic cube|acrylic riser|acrylic risers|acrylic stand|acrylic stands|acrylic display stand|acrylic holder|acrylic organizer|acrylic sign holder|acrylic frame|acrylic photo frame|acrylic block|acrylic plaque|acrylic award|acrylic trophy|acrylic shelf|acrylic shelves|acrylic panel cut|acrylic letters|acrylic sheet cut|acrylic blanks|acrylic keychain blanks|acrylic charms|acrylic cake topper|acrylic name plate|acrylic table number|acrylic menu holder|acrylic brochure holder|acrylic nail stand|acrylic makeup organizer|acrylic lipstick holder|acrylic jewelry stand|acrylic earring display|acrylic ring box|acrylic donation box|acrylic ballot box", "392690", {
    splits: [
      to({ words: ["photo frame", "frame"] }, "392690"),
      to({ words: ["award", "trophy", "plaque", "cake topper", "letters"] }, "392640"),
      to({ words: ["makeup organizer", "lipstick holder", "box", "boxes", "organizer"] }, "392490"),
      to({ words: ["blanks", "sheet cut", "panel cut"] }, "392051"),
    ],
    note: "articles of acrylic (PMMA) sheet: display cases, stands, holders, frames → 392690; awards and ornaments 392640; household organisers 392490; cut blanks 392051",
  }),
  e("dashboard phone holder|air vent phone holder|windshield phone mount|motorcycle phone holder|phone mount|phone holder stand|desk phone holder|tablet holder|tablet mount|ipad holder|ipad stand|phone holder for bed|lazy phone holder|gooseneck phone holder|phone clip|magnetic phone holder|magsafe mount|phone grip ring|finger ring holder|ring stand phone|phone strap|phone wrist strap|phone charm|phone chain|phone pendant", "392690", {
    splits: [
      to({ words: ["phone strap", "phone lanyard", "wrist strap"], material: ["textile", "synthetic", "cotton"] }, "630790"),
      to({ words: ["phone charm", "phone chain", "phone pendant"], material: ["iron_steel", "stainless_steel", "zinc", "base_metal", "copper"] }, "711719"),
      to({ words: ["phone charm", "phone chain", "phone pendant"] }, "711790"),
      to({ material: ["aluminium"] }, "761699"),
      to({ material: ["iron_steel", "stainless_steel", "base_metal", "zinc"] }, "830250"),
      to({ material: ["wood", "bamboo"] }, "442199"),
      to({ material: ["leather", "composition_leather"] }, "420500"),
    ],
    note: "phone and tablet holders, mounts and grips are articles of their material: plastics 392690; aluminium 761699; base-metal mounts 830250; wood 442199 (phone charms are imitation jewellery 7117)",
  }),
  e("cord organizer|cord holder|cord clips|cable holder|cable winder|cord winder|cable management sleeve|cord cover|cord hider|cable cover|cable protector|cable spiral wrap|hook and loop ties|reusable cable ties|twist ties|nylon cable ties|tie wraps|adhesive cable clips", "392690", {
    splits: [
      to({ words: ["velcro", "hook and loop"] }, "580610"),
      to({ words: ["cable raceway", "cord cover", "cord hider", "cable cover"], material: ["plastic"] }, "392690"),
      to({ words: ["cable sleeve", "cable management sleeve"], material: ["synthetic", "textile"] }, "630790"),
      to({ words: ["twist ties"], material: ["paper"] }, "482390"),
      to({ material: ["stainless_steel", "iron_steel"] }, "732690"),
      to({ material: ["rubber"] }, "401699"),
    ],
    note: "cable clips, ties, winders, sleeves and raceways of plastics → 392690 (hook-and-loop tape ties 5806; metal ties 7326)",
  }),
  e("plastic hook|plastic hooks|self adhesive hooks|sticky hooks|transparent hooks|plastic clip hooks|hanging hooks plastic|ceiling hooks plastic|curtain hooks plastic|plastic knob|plastic knobs|plastic handle|plastic handles|plastic bracket|plastic brackets|plastic corner|plastic feet|plastic legs|furniture feet plastic|furniture leg caps|chair leg protectors|table leg protectors|felt pads furniture|furniture sliders|furniture glides plastic|furniture risers|bed risers|table risers|sofa risers|furniture lifts", "392690", {
    splits: [
      to({ words: ["knob", "knobs", "handle", "handles", "feet", "legs", "furniture", "glides", "sliders", "risers", "leg caps", "leg protectors"], material: ["plastic"] }, "392630"),
      to({ words: ["knob", "knobs", "handle", "handles", "feet", "legs", "furniture", "glides", "sliders", "risers", "leg caps", "leg protectors"] }, "392630"),
      to({ words: ["felt pads"] }, "560290"),
      to({ material: ["rubber"] }, "401699"),
    ],
    note: "hooks of plastics → 392690; fittings for furniture of plastics (knobs, handles, feet, glides, risers) → 392630; felt pads 5602",
  }),
  e("silicone patch|velcro patch|pvc label|rubber label|silicone label|pvc badge|rubber badge|pvc keychain|3d pvc patch|pvc magnet", "392690", {
    splits: [
      to({ words: ["rubber patch", "rubber patches", "rubber label", "rubber badge"] }, "401699"),
      to({ words: ["magnet"] }, "850519"),
    ],
    note: "moulded PVC or silicone patches, labels and badges → articles of plastics 392690 (of vulcanised rubber 401699); embroidered patches 5810",
  }),
  e("stencil|stencils|plastic stencil|drawing stencil|painting stencil|craft stencil|letter stencil|number stencil|airbrush stencil|cake stencil|makeup stencil|eyebrow stencil|nail stencil|template ruler|drawing template|geometric template|architect template|quilting template", "392610", {
    splits: [to({ material: ["paper"] }, "482390"), to({ material: ["iron_steel", "stainless_steel", "base_metal", "copper"] }, "732690"), to({ material: ["wood", "bamboo"] }, "442199")],
    note: "stencils and drawing templates of plastics are office or school supplies → 392610; paper 4823; metal 7326",
  }),
  e("card holder plastic|card sleeve|name badge|name badges|lanyard card holder|work badge holder|employee badge holder|badge reel|retractable badge reel|id badge clip|badge clip|conference badge|pvc card|plastic card|blank pvc card|membership card|vip card|gift card blank|key card blank", "392690", {
    splits: [
      to({ words: ["rfid card", "nfc card", "rfid tag", "nfc tag", "rfid sticker"] }, "852352"),
      to({ words: ["name badge", "name badges", "conference badge"], material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper", "zinc"] }, "831000"),
      to({ words: ["lanyard"], material: ["textile", "synthetic", "cotton"] }, "630790"),
      to({ words: ["card holder plastic", "badge holder", "id card holder", "card sleeve"] }, "392690"),
    ],
    note: "badge and card holders, blank plastic cards → 392690; smart cards with RFID/NFC chips 852352; metal name badges 8310",
  }),
  e("pill box|pill boxes|pill organizer|pill organiser|pill case|weekly pill organizer|pill container|pill dispenser|medicine box|medicine organizer|tablet organizer|pill cutter|pill splitter|pill crusher", "392490", {
    splits: [
      to({ words: ["pill cutter", "pill splitter", "pill crusher"] }, "392690"),
      to({ material: ["iron_steel", "stainless_steel", "zinc", "base_metal"] }, "732399"),
      to({ material: ["silver", "gold", "precious_metal"] }, "7114"),
    ],
    note: "pill boxes and organisers of plastics are household/toilet articles → 392490; pill cutters 392690; metal pill boxes 7323",
  }),
  e("soap mould|candle mold|candle mould|candle making mold|plaster mold|cement mold|silicone mold for resin|chocolate mold plastic|polycarbonate chocolate mold|fondant mold|gummy mold|cookie stamp|mooncake mold|clay mold|polymer clay cutter|clay cutter|clay tools|pottery tools|sculpting tools|modelling tools|clay sculpting tools", "392690", {
    splits: [
      to({ words: ["chocolate", "fondant", "gummy", "cookie stamp", "mooncake"] }, "392410"),
      to({ words: ["pottery tools", "sculpting tools", "modelling tools", "clay sculpting tools", "clay tools"], material: ["iron_steel", "stainless_steel", "base_metal"] }, "820559"),
      to({ words: ["pottery tools", "sculpting tools", "modelling tools", "clay sculpting tools", "clay tools"], material: ["wood", "bamboo"] }, "442199"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal"] }, "732690"),
    ],
    note: "craft moulds of silicone or plastics → 392690 (kitchen moulds 392410); metal sculpting tools 820559",
  }),
];

const rubber: LexiconEntry[] = [
  e("silicone seal|silicone seals|o ring set|x ring|quad ring|rotary shaft seal|hydraulic seal|hydraulic seals|piston seal|rod seal|wiper seal|v ring seal|valve stem seal|seal ring|sealing ring|sealing rings|door gasket|fridge door seal|refrigerator gasket|oven door seal|pressure cooker gasket|pressure cooker sealing ring|blender gasket|water bottle seal|jar seal|lid seal", "401693", {
    splits: [
      to({ material: ["plastic"], words: ["ptfe", "teflon", "nylon"] }, "392690"),
      to({ material: ["iron_steel", "stainless_steel", "copper", "aluminium", "base_metal"] }, "848410"),
      to({ words: ["gasket set", "gasket kit"] }, "848420"),
      to({ words: ["oil seal", "oil seals", "shaft seal", "lip seal", "rotary shaft seal"] }, "401693"),
    ],
    note: "gaskets, washers, O-rings and seals of vulcanised rubber (incl. silicone rubber) → 401693; metal gaskets 848410; sets of gaskets of different materials 848420",
  }),
  e("rubber bumper|rubber bumpers|rubber feet|rubber foot|rubber pads|anti vibration pads|anti-vibration pad|vibration isolator|rubber isolator|rubber bushing|rubber bushings|rubber grommet|rubber plug|rubber plugs|rubber stopper|rubber cap|rubber end cap|rubber tip|rubber sleeve|rubber bellow|rubber diaphragm|rubber membrane|rubber handle grip|rubber grip|grip tape rubber|bar grips|rubber edge guard|edge trim rubber|u channel rubber|rubber door stop|rubber wedge|rubber block|rubber mallet head|rubber band ball|rubber ring toy|rubber duckie|bath duck|squeaky duck", "401699", {
    splits: [
      to({ words: ["rubber duck", "rubber ducks", "rubber duckie", "bath duck", "squeaky duck", "rubber ring toy"] }, "950300"),
      to({ words: ["handlebar grips", "bar grips"] }, "871499"),
      to({ material: ["plastic"] }, "392690"),
    ],
    note: "other articles of vulcanised rubber (feet, bumpers, bushings, grips, plugs, strips) → 401699; bath ducks are toys 9503",
  }),
  e("bicycle inner tube|bike inner tube|bicycle tube|tyre tube|motorcycle inner tube|car inner tube|truck inner tube|wheelbarrow inner tube|river tube|swim tube", "4013", {
    splits: [
      to({ words: ["bicycle", "bike"] }, "401320"),
      to({ words: ["car", "truck", "bus"] }, "401310"),
      to({ words: ["river tube", "snow tube", "swim tube"] }, "950699"),
      to({}, "401390"),
    ],
    note: "inner tubes of rubber → 4013 (cars/buses/lorries 401310, bicycles 401320, other 401390); snow and river tubes are sports equipment 9506",
  }),
  e("rubber hose pipe|air hose|air compressor hose|pneumatic hose|pu hose|food grade silicone tube|peristaltic tubing|fuel line hose|coolant hose|intercooler hose|turbo hose|silicone coupler|silicone reducer|silicone elbow", "4009", {
    splits: [
      to({ words: ["pu tubing", "pu hose", "polyurethane", "pneumatic", "airline", "aquarium"] }, "391732"),
      to({ words: ["silicone coupler", "silicone reducer", "silicone elbow", "intercooler", "turbo"] }, "400931"),
      to({ words: ["silicone tubing", "silicone hose", "silicone tube", "food grade", "peristaltic"] }, "400911"),
      to({ words: ["fuel", "radiator", "coolant", "vacuum"] }, "400931"),
      to({ material: ["plastic"] }, "391732"),
    ],
    note: "tubes and hoses of vulcanised rubber (incl. silicone rubber) → 4009; polyurethane and PVC tubing 3917",
  }),
];

export const PLASTICS_ARTICLES: LexiconEntry[] = [...packing, ...household, ...builders, ...other, ...rubber];
