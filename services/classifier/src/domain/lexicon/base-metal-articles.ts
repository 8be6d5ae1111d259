/**
 * Section XV additions: trade names of iron/steel, aluminium and copper articles (73, 74, 76), tools
 * (82) and miscellaneous articles of base metal (83) as marketplaces and traders write them.
 */
import type { LexiconEntry } from "../types.js";
import { e, m, to } from "./helpers.js";
import { ARTICLE } from "./metals.js";

const WIRE_ARTICLE: Record<string, string> = { ...ARTICLE, steel: "732620", base_metal: "732620" };

const ironSteel: LexiconEntry[] = [
  // Marketplace titles stack synonyms ("Garlic Press Crusher", "Ginger Crusher Mincer"): a hand-worked kitchen press
  // is a household hand tool (8205.51), not a crushing machine for stone or ore (8474.20).
  e("garlic press crusher|garlic crusher press|garlic press mincer|garlic mincer press|garlic crusher mincer|garlic squeezer|garlic presser|ginger crusher|ginger press|ginger mincer|garlic chopper manual|manual garlic crusher|hand garlic crusher|garlic smasher|garlic rocker", "820551", {
    m: { plastic: "392410", "wood,bamboo": "441990", other: "820551" },
    note: "hand-operated garlic and ginger presses and crushers → household tools 820551 (plastics 392410)",
  }),
  // "Meat Tenderizer Hammer": a kitchen mallet for pounding meat is a household tool (8205.51), not a hammer of 8205.20.
  e("meat tenderizer hammer|tenderizer hammer|meat hammer mallet|meat tenderizer mallet|steak hammer|steak pounder|meat pounder|meat tenderiser hammer|kitchen hammer", "820551", {
    m: { plastic: "392410", "wood,bamboo": "441990", other: "820551" },
    note: "meat tenderizers and mallets → household tools 820551 (wood 4419, plastics 3924)",
  }),
  m("wire basket|wire baskets|wire storage basket|wire fruit basket|wire egg basket|wire mesh basket|wire frame|wire hanger|wire rack|wire holder|wire organizer|wire cage|wire trellis|wire plant support|wire wreath frame|wreath frame|wreath ring|wire ring frame|macrame ring|macrame hoop|dream catcher ring|metal hoop|metal hoops|wire loop|wire hook", "732620", WIRE_ARTICLE,
    "articles of iron or steel wire → 732620; aluminium 761699; plastics 392690"),
  e("shackle|shackles|bow shackle|d shackle|anchor shackle|screw pin shackle|turnbuckle|turnbuckles|rigging screw|wire rope clip|wire rope clips|cable clamp wire rope|thimble wire rope|wire rope thimble|eye bolt lifting|lifting eye|swivel eye|chain swivel|rigging hardware|boat hardware|cleat|cleats|rope cleat|bollard|mooring bollard|hawse pipe|padeye|pad eye|deck hinge|stainless marine hardware", "732690", {
    m: { aluminium: "761699", copper: "741980", plastic: "392690", other: "732690" },
    note: "rigging hardware, shackles, turnbuckles and cleats of iron or steel → 732690 (aluminium 761699, brass 741980, nylon 392690)",
  }),
  e("handcuffs|handcuff|leg cuffs|leg irons|thumb cuffs|police handcuffs|toy handcuffs", "732690", {
    splits: [to({ words: ["toy"] }, "950300"), to({ material: ["aluminium"] }, "761699"), to({ material: ["plastic"] }, "950300")],
    note: "handcuffs of iron or steel → 732690 (toy handcuffs 9503)",
  }),
  e("metal pole|metal poles|steel pole|steel post|fence post|fence posts|metal fence post|t post|t-post|star picket|steel picket|flag pole|flagpole|telescopic flagpole|clothes line pole|sign post|signpost|bollard post|parking bollard|security bollard|ground spike|post anchor|post base|post spike|fence post anchor|metal spike stake", "732690", {
    splits: [
      to({ material: ["aluminium"] }, "761699"),
      to({ material: ["plastic"] }, "392690"),
      to({ material: ["wood", "bamboo"] }, "442199"),
      to({ words: ["fence post", "fence posts", "t post", "t-post", "star picket", "steel picket"] }, "730890"),
    ],
    decisive: ["material"],
    note: "poles, posts, spikes and bollards of iron or steel → 732690 (fence posts as structural parts 730890); aluminium 761699",
  }),
  e("thimble|thimbles|sewing thimble|finger thimble|leather thimble", "732690", {
    m: { leatherish: "420500", plastic: "392690", rubber: "401699", pm: "7114", other: "732690" },
    note: "sewing thimbles of iron or steel → 732690",
  }),
  e("metal stamp blank|stamping blank|stamping blanks|metal blank|metal blanks|aluminum blank|aluminum blanks|brass blank|brass blanks|metal disc blank|engraving blank|keychain blank|dog tag blank|bookmark blank metal", "732690", {
    m: { aluminium: "761699", copper: "741980", zinc: "790700", other: "732690" },
    note: "blanks of base metal for stamping or engraving → articles of their metal (7326, 7616, 7419)",
  }),
  e("trap|traps|mole trap|fly trap metal|snare|snare wire|bird spikes|pigeon spikes|anti bird spikes|cat deterrent spikes|wasp trap|mosquito trap non-electric", "732690", {
    splits: [to({ material: ["plastic"] }, "392690"), to({ power: ["electric", "battery"] }, "854370"), to({ words: ["snare wire", "snare"] }, "732620")],
    note: "traps, snares and bird spikes of iron or steel → 7326 (wire 732620); plastics 392690; electric traps 8543",
  }),
  e("horseshoe nail|horseshoe nails|hoof pick|horse bit|snaffle bit|bridle bit|spur|spurs|riding spurs|curb chain horse", "732690", {
    splits: [to({ words: ["horseshoe nail", "horseshoe nails"] }, "731700"), to({ material: ["aluminium"] }, "761699"), to({ material: ["plastic"] }, "392690")],
    note: "bits, stirrups and spurs of base metal → 7326 (saddlery proper 4201); horseshoe nails 7317",
  }),
  e("memorial plaque|cemetery vase|grave lantern|urn|urns|cremation urn|funeral urn|keepsake urn|pet urn|ashes urn", "830629", {
    m: { porcelain: "691310", ceramic: "691390", glass: "701399", "wood,bamboo": "442090", stone: "6802", plastic: "392640", other: "830629" },
    note: "cremation urns are ornamental containers: base metal 830629 (US 8306.29); ceramics 6913; wood 4420; stone 6802",
  }),
  e("chafing dish|chafer|chafing dish set|buffet server|food warmer non-electric|bain marie pan|gastronorm pan|gastronorm container|hotel pan|steam table pan|sizzling plate|sizzle plate|fajita pan|paella burner|wok ring|wok stand|trivet metal|heat diffuser|flame tamer|heat diffuser plate|induction adapter plate", "732393", {
    m: { stainless_steel: "732393", iron_steel: "732399", aluminium: "761510", copper: "741810", ceramics: "691200", plastic: "392410", other: "732393" },
    note: "catering and kitchen articles of stainless steel → 732393; other iron/steel 732399; aluminium 761510; copper 741810",
  }),
  e("fondue pot|fondue set|fondue pots|fondue sets|fondue burner|meat fondue set|cheese fondue set|chocolate fondue set|raclette burner|spirit burner set|tabletop burner set", "732112", {
    splits: [
      to({ power: ["electric"] }, "851679"),
      to({ words: ["electric"] }, "851679"),
      to({ material: ["ceramic", "porcelain"] }, "691200"),
      to({ material: ["copper"] }, "741810"),
      to({ material: ["aluminium"] }, "761510"),
      to({ words: ["gas", "butane", "propane"] }, "732111"),
      to({ words: ["tealight", "tea light", "candle", "solid fuel"] }, "732119"),
    ],
    decisive: ["material", "power"],
    note: "a fondue pot on its own burner is a non-electric cooking appliance of iron or steel (7321.1x by fuel: liquid — spirit, alcohol, gel — 732112, gas 732111, candles or solid fuel 732119), not a plain pot (7323); of copper 741810; electric 851679; ceramic pots 6912",
  }),
  e("enamel mug|enamel mugs|enamelware|enamel plate|enamel bowl|enamel pot|enamel cookware|enamelled cast iron|enameled cast iron|enamel dutch oven|enamel jug|enamel basin|enamel tray|enamel camping mug", "732394", {
    splits: [to({ words: ["cast iron"], processing: ["cast"] }, "732392"), to({ words: ["cast iron"] }, "732392")],
    note: "table and kitchen articles of iron (not cast) or steel, enamelled → 732394; of cast iron enamelled 732392",
  }),
  e("cast iron pan|cast iron pot|cast iron cookware|cast iron griddle|cast iron grill pan|cast iron teapot|cast iron kettle|cast iron dutch oven|cast iron wok|cast iron trivet|cast iron skillet set|cast iron baking dish|cast iron pizza pan|cast iron tea kettle|tetsubin", "732391", {
    splits: [to({ words: ["enamel", "enamelled", "enameled"] }, "732392")],
    note: "table and kitchen articles of cast iron, not enamelled → 732391; enamelled 732392",
  }),
  e("drinking straw metal|straw set metal|bubble tea straw metal", "732393", {
    m: { aluminium: "761510", copper: "741810", glass: "701349", "wood,bamboo": "441919", plastic: "392410", paper: "482369", other: "732393" },
    note: "reusable drinking straws are table articles of their material: stainless 732393; glass 701349; bamboo 441919; silicone/plastics 392410; paper 482369",
  }),
  e("lunch box metal|stainless bento box|stainless steel lunch box|tiffin|tiffin box|tiffin carrier|food container stainless|stainless food container|stainless steel container|stainless steel canister|stainless steel tray|stainless steel bowl|stainless steel cup|stainless steel mug|stainless steel tumbler|stainless steel pot|stainless steel pan|stainless steel colander|stainless steel basin|stainless steel kitchenware|stainless kitchenware|stainless steel tableware|stainless steel dinnerware", "732393", {
    note: "table, kitchen or other household articles of stainless steel → 732393",
  }),
];

const aluminiumCopper: LexiconEntry[] = [
  e("aluminum pan|aluminium pan|aluminum pot|aluminium pot|aluminum cookware|aluminium cookware|aluminum baking tray|aluminium baking tray|aluminum tray|aluminium tray|aluminum bowl|aluminum kettle|aluminium kettle|aluminum water bottle|aluminium water bottle|aluminum mug|aluminum cup|aluminum camping cookware|aluminium camping cookware|camping cookware|camping pot|camping pan|mess kit|mess tin|cook set camping|backpacking pot", "761510", {
    splits: [
      to({ material: ["stainless_steel"] }, "732393"),
      to({ material: ["iron_steel"] }, "732399"),
      to({ material: ["titanium"] }, "810890"),
      to({ words: ["water bottle"] }, "761290"),
    ],
    note: "table, kitchen or household articles of aluminium → 761510; camping cookware of stainless 732393, titanium 810890",
  }),
  e("aluminum ladder|aluminium ladder|aluminum step ladder|aluminium step ladder|aluminum extension ladder|aluminum telescopic ladder|aluminium scaffold tower|aluminum platform|aluminum work platform|aluminum ramp|aluminium ramp|loading ramp|wheelchair ramp|atv ramp|motorcycle ramp", "761699", {
    splits: [to({ material: ["iron_steel", "stainless_steel"] }, "732690"), to({ material: ["plastic"] }, "392690"), to({ words: ["scaffold"] }, "761090")],
    note: "ladders and ramps of aluminium → 761699 (US 7616.99.50); of steel 732690; plastics 392690",
  }),
  e("aluminum sign|aluminium sign|aluminum plate sign|aluminum nameplate|aluminium nameplate|aluminum tag|anodized aluminum tag|aluminum label plate", "831000", { note: "sign-plates and name-plates of base metal (aluminium included) → 831000" }),
  e("aluminum article|aluminium article|aluminum part|aluminium part|cnc aluminum part|aluminum cnc parts|anodized aluminum parts|aluminum bracket|aluminium bracket|aluminum enclosure|aluminium enclosure|aluminum box|aluminium box|aluminum case|aluminium case|aluminum housing|aluminum handle|aluminum knob|aluminum spacer|aluminum standoff|aluminum clamp|aluminum clip|aluminum hook|aluminum carabiner|aluminum pole|aluminum frame|aluminium frame|aluminum heat sink|aluminum heatsink|radiator fins", "761699", {
    note: "articles of aluminium not elsewhere specified → 761699 (heat sinks without fans are articles of their metal)",
  }),
  e("moscow mule mug|moscow mule mugs|copper cup|copper bowl|copper pot|copper pan|copper cookware|copper kettle|copper jug|copper tray|copper water bottle|copper tumbler|brass bowl|brass pot|brass plate|brass tray|brass lota|brass kettle|hammered copper", "741810", {
    note: "table, kitchen or household articles of copper (brass) → 741810",
  }),
  e("brass article|brass articles|brass part|cnc brass parts|brass bushing|brass insert|brass inserts|threaded insert|threaded inserts|heat set insert|heat set inserts|brass standoff|brass spacer|brass nut|brass nuts|brass screw|brass screws|copper rivet|copper rivets|brass nozzle|brass valve core|brass pin|brass pins|brass tag|brass keychain|brass key ring|brass hook|brass knob", "741980", {
    splits: [
      to({ words: ["screw", "screws", "bolt", "bolts", "nut", "nuts", "washer", "washers", "rivet", "rivets", "threaded insert", "threaded inserts"] }, "741533"),
      to({ words: ["rivet", "rivets"] }, "741521"),
      to({ words: ["statue", "bell"] }, "8306"),
      to({ words: ["knob"] }, "830242"),
      to({ material: ["iron_steel", "stainless_steel"] }, "732690"),
      to({ material: ["aluminium"] }, "761699"),
    ],
    note: "articles of copper or brass n.e.s. → 7419 (741980); screws, nuts, inserts of copper 7415; bells and statuettes 8306",
  }),
];

const tools: LexiconEntry[] = [
  e("drain snake|drain auger|plumbing snake|plumbing auger|toilet auger|drain clog remover|hair clog remover|drain cleaning tool|drain hair catcher tool", "820559", {
    note: "hand tools for clearing drains (snakes, augers, clog removers of steel or plastic strip) → other hand tools 8205.59",
  }),
  e("hearing protection|hearing protector|hearing protectors|ear defenders|safety ear muffs|shooting ear muffs|noise reduction ear muffs|noise cancelling ear muffs", "392690", {
    splits: [to({ words: ["electronic", "bluetooth", "radio", "am/fm"] }, "851830")],
    note: "passive hearing protectors (ear muffs with plastic cups and foam cushions) → 3926.90; textile ear warmers 6117; with headphones or radio 8518.30",
  }),
  e("pruning shears|pruning shear|pruner|pruners|secateurs|garden shears|hedge shears|hedge clippers manual|bypass pruner|anvil pruner|ratchet pruner|loppers|lopper|branch cutter|tree pruner|pole pruner|pole saw manual|grass shears|lawn shears|topiary shears|flower scissors|garden scissors|bonsai scissors|bonsai shears|harvest scissors|fruit picker|trimming scissors garden|thinning shears garden", "820150", {
    splits: [
      to({ power: ["electric", "battery"] }, "846729"),
      to({ words: ["lopper", "loppers", "hedge shears", "hedge clippers", "branch cutter", "tree pruner", "pole pruner", "grass shears", "lawn shears", "topiary"] }, "820160"),
      to({ words: ["pole saw"] }, "820210"),
      to({ words: ["fruit picker"] }, "820190"),
    ],
    note: "secateurs and one-handed pruners → 820150; two-handed hedge shears and loppers → 820160; powered trimmers 8467",
  }),
  e("garden tools|garden tool set|gardening tools|gardening tool set|garden hand tools|weeder|weeding tool|hand weeder|dandelion puller|weed puller|root remover|bulb planter|dibber|dibble|soil scoop|garden fork|digging fork|pitchfork|pitch fork|hay fork|manure fork|edger manual|lawn edger manual|half moon edger|sickle|scythe|grass hook|billhook|bill hook|hatchet|splitting maul|maul|splitting wedge|log splitter wedge|felling wedge|wood splitting axe|adze|adz|mattock|hand fork|cultivator fork|tiller hand|hand tiller|leaf grabber|leaf scoops", "820190", {
    splits: [
      to({ words: ["garden tool set", "garden tools", "gardening tools", "gardening tool set", "garden hand tools"], isSet: true }, "820190"),
      to({ words: ["hatchet", "maul", "splitting", "axe", "adze", "adz", "wedge", "billhook", "bill hook"] }, "820140"),
      to({ words: ["fork", "pitchfork", "pitch fork", "hay fork", "manure fork", "mattock", "hoe", "tiller", "cultivator"] }, "820130"),
      to({ words: ["sickle", "scythe", "grass hook"] }, "820190"),
      to({ material: ["plastic"], words: ["leaf grabber", "leaf scoops"] }, "392690"),
    ],
    note: "hand tools for agriculture, horticulture or forestry → 8201 (forks, hoes, rakes 820130; axes, bill hooks 820140; other incl. sickles and weeders 820190)",
  }),
  e("bolt cutter|bolt cutters|cable cutter|cable cutters|wire cutter|wire cutters|wire stripper|wire strippers|wire stripping tool|crimping tool|crimper|crimping pliers|terminal crimper|ratchet crimper|side cutters|diagonal cutters|flush cutters|end cutting pliers|tin snips|aviation snips|metal snips|sheet metal snips|tinmans snips|pipe cutter|tube cutter|pvc pipe cutter|pex cutter|hole punch tool|leather punch|leather hole punch|belt hole punch|revolving punch|hollow punch|nail punch|punch set|metal stamp set|letter stamp set|grommet punch|eyelet punch|snap setter|rivet setter", "820320", {
    splits: [
      to({ words: ["tin snips", "aviation snips", "metal snips", "sheet metal snips", "tinmans", "bolt cutter", "bolt cutters", "cable cutter", "cable cutters", "pipe cutter", "tube cutter", "pvc pipe cutter", "pex cutter"] }, "820330"),
      to({ words: ["punch", "punches", "stamp set", "setter"] }, "820340"),
    ],
    note: "pliers, pincers and similar tools 820320; metal-cutting shears, bolt and pipe cutters 820330; pipe-cutters, bolt croppers, perforating punches 820340",
  }),
  e("tweezers|tweezer|precision tweezers|eyebrow tweezers|slant tweezers|splinter tweezers|anti static tweezers|esd tweezers|tick remover|tick tweezers|fine tip tweezers|curved tweezers|reverse tweezers|stamp tongs|jewelry tweezers|diamond tweezers|bead tweezers|soldering tweezers", "820320", {
    splits: [to({ words: ["soldering tweezers"], power: ["electric"] }, "851580"), to({ material: ["plastic"] }, "392690")],
    note: "tweezers are 'tweezers' of heading 8203 → 820320",
  }),
  e("socket wrench|socket wrenches|ratchet handle|ratchet|breaker bar|torque bar|impact socket|impact sockets|deep socket|socket adapter|socket adapters|socket extension|extension bar|universal joint socket|spark plug socket|hex key|hex keys|allen key|allen keys|allen wrench|allen wrenches|hex key set|allen key set|torx key|torx keys|l wrench|star key|spoke wrench|spoke key|bicycle multi tool|basin wrench|oil filter wrench|lug wrench|wheel brace|cross wrench|tire iron|tyre iron|spanner set|wrench set|combination spanner set|ratchet spanner", "820420", {
    splits: [
      // 8204.12 is for adjustable spanners only (jaws that open to fit: adjustable, pipe, basin, strap, chain and filter
      // wrenches); hex keys, lug wrenches, tyre irons and sets of fixed open-end, ring or combination spanners do not
      // adjust: 8204.11.
      to({ words: ["adjustable", "monkey wrench", "pipe wrench", "stillson", "basin wrench", "filter wrench", "strap wrench", "chain wrench"] }, "820412"),
      to({ words: ["bike multi tool", "bicycle multi tool"] }, "820600"),
      to({ words: ["hex key", "hex keys", "allen", "torx key", "torx keys", "l wrench", "star key", "spoke wrench", "spoke key", "lug wrench", "wheel brace", "cross wrench", "tire iron", "tyre iron", "spanner set", "wrench set", "combination spanner", "ratchet spanner"], unless: ["adjustable"] }, "820411"),
    ],
    note: "interchangeable spanner sockets and ratchet handles 820420; hand-operated spanners and wrenches (incl. hex keys) 820411/820412",
  }),
  e("hand tool kit|household tool set|home repair tool kit|repair tool kit|repair kit tools|puncture repair kit|tire repair kit|tyre repair kit|watch repair tool kit|phone repair tool kit|computer repair kit|precision tool kit|combination tool set|auto repair tool set|tool box set|toolbox with tools|socket set with ratchet|tool roll set", "820600", {
    splits: [
      to({ words: ["puncture repair", "tire repair", "tyre repair", "patch kit"] }, "401699"),
      to({ words: ["socket set"] }, "820420"),
      to({ words: ["watch repair"] }, "820600"),
    ],
    note: "tools of two or more of headings 8202–8205 put up in sets for retail sale → 820600 (GRI 3(b) sets); tyre patch kits 4012/4016",
  }),
  e("multi purpose tool|multifunction tool|pocket tool|edc tool|survival tool|keychain tool|camping multi tool|plier multi tool|hammer multi tool", "820600", {
    splits: [to({ words: ["knife"], isSet: false }, "821193")],
    note: "multi-tools combining pliers, screwdrivers, knives etc. are sets of tools of 8202–8205 → 820600 (a pocket knife with tools is 821193)",
  }),
  e("router bit|router bits|router bit set|milling cutter|end mill|end mills|carbide end mill|ball nose end mill|face mill|fly cutter|slot cutter|annular cutter|countersink|countersinks|deburring blade|burr bit|carbide burr|rotary burr|rotary file|rotary tool bits|rotary tool accessories|dremel bits|engraving bit|diamond burr|tap drill|screw extractor|bolt extractor|stud extractor|easy out|screwdriver bits|screwdriver bit|bit set|impact bits|driver bits|nut setter|hex shank bits|magnetic bit holder|bit holder|sds chisel|sds plus chisel|masonry chisel bit|oscillating blade|oscillating blades|oscillating tool blade|jigsaw blade set|planer knife|lathe tool|lathe tools|turning tool|boring bar|carbide insert|carbide inserts|cnc insert|indexable insert|reamer|reamers|broach|broaches|die stock|punch and die|press brake tooling|stamping die|forming die", "820770", {
    splits: [
      to({ words: ["router bit", "router bits", "milling", "end mill", "end mills", "face mill", "fly cutter", "slot cutter"] }, "820770"),
      to({ words: ["hole saw", "hole saws", "annular"] }, "820750"),
      to({ words: ["countersink", "tap drill"] }, "820750"),
      to({ words: ["screwdriver bit", "screwdriver bits", "impact bits", "driver bits", "bit set", "nut driver", "nut setter", "hex shank", "bit holder"] }, "820790"),
      to({ words: ["screw extractor", "bolt extractor", "stud extractor", "easy out", "threading tap", "threading die", "die stock"] }, "820740"),
      to({ words: ["reamer", "reamers", "broach", "broaches"] }, "820760"),
      to({ words: ["carbide insert", "carbide inserts", "cnc insert", "indexable insert"] }, "820900"),
      to({ words: ["lathe tool", "lathe tools", "turning tool", "boring bar"] }, "820780"),
      to({ words: ["punch and die", "press brake", "stamping die", "forming die"] }, "820730"),
      to({ words: ["drill chuck", "keyless chuck", "chuck key"] }, "846692"),
      to({ words: ["oscillating", "multitool blades", "jigsaw blade", "sds chisel", "sds plus chisel", "masonry chisel bit", "burr", "rotary", "dremel", "engraving bit", "deburring"] }, "820790"),
    ],
    note: "interchangeable tools for hand tools or machine tools → 8207 (pressing/stamping 820730, tapping/threading 820740, drilling 820750, boring/broaching 820760, milling 820770, turning 820780, other 820790); tips and inserts of cermets/carbide 820900",
  }),
  e("glass cutter|tile cutter manual|manual tile cutter|tile nipper|tile nippers|caulking tool|grout float|grout saw|grout removal tool|trowel|trowels|plastering trowel|notched trowel|finishing trowel|pointing trowel|bricklaying trowel|margin trowel|float trowel|drywall knife|taping knife|joint knife|mud pan|hawk plastering|jab saw|plasterboard rasp|file|files|hand file|diamond file|flat file|round file|half round file|mill file|chainsaw file", "820559", {
    splits: [
      to({ words: ["file", "files", "rasp", "rasps", "needle file", "needle files", "wood rasp", "diamond file", "flat file", "round file", "half round", "mill file", "chainsaw file", "file set"] }, "820310"),
      to({ words: ["drywall saw", "jab saw", "grout saw"] }, "820210"),
      to({ words: ["tile nipper", "tile nippers"] }, "820320"),
    ],
    note: "masons', plasterers' and tilers' hand tools → 820559; files and rasps 820310; hand saws 820210",
  }),
  e("oil can|oil gun|oiler|pump oiler|funnel oil|sealant applicator|glue gun manual|hand riveter|rivet gun|pop rivet gun|rivet nut tool|nut rivet tool|staple gun|staple guns|manual staple gun|upholstery staple gun|nail gun manual|hammer tacker|tacker|soldering aid|third hand|helping hands|magnetic pickup tool|pick up tool|telescoping magnet|inspection mirror|mechanic mirror|scribe|scriber|marking gauge|bevel gauge", "820559", {
    splits: [
      to({ words: ["grease gun", "grease guns"] }, "842420"),
      to({ power: ["electric", "battery"] }, "846729"),
      to({ words: ["square", "bevel gauge", "marking gauge"] }, "901780"),
      to({ words: ["staple gun", "staple guns", "hammer tacker", "tacker"] }, "820559"),
    ],
    note: "other hand tools (oil cans, riveters, staple guns, pick-up tools) → 820559; squares and marking gauges are measuring instruments 9017",
  }),
];

const misc83: LexiconEntry[] = [
  e("cabinet lock|cam lock|drawer lock|mailbox lock|locker lock cam|furniture lock|desk lock|filing cabinet lock|glass door lock|showcase lock|display case lock|wardrobe lock|tool box lock|toolbox latch|trunk lock|chest lock|jewelry box lock", "830130", {
    splits: [to({ material: ["plastic"] }, "392630")],
    note: "locks of a kind used for furniture → 830130",
  }),
  e("smart lock|smart door lock|fingerprint lock|fingerprint door lock|keypad lock|keypad door lock|electronic door lock|digital door lock|keyless door lock|wifi lock|bluetooth lock|code lock|rfid lock|card lock|hotel lock|electric lock|electric strike|magnetic lock|electromagnetic lock|maglock|solenoid lock|cabinet lock electronic|gate lock|sliding door lock|patio door lock|window lock|window locks|slide bolt|tower bolt|flush bolt|door latch|padlock hasp|security chain door|latch lock", "830140", {
    splits: [
      to({ words: ["barrel bolt", "slide bolt", "tower bolt", "flush bolt", "door latch", "gate latch", "hasp", "door chain", "door guard", "security chain", "latch lock"] }, "830241"),
      to({ words: ["electric strike", "magnetic lock", "electromagnetic lock", "maglock", "solenoid lock"] }, "830140"),
      to({ material: ["plastic"] }, "392630"),
    ],
    note: "locks (incl. electronic door locks) of base metal for buildings → 830140; bolts, latches, hasps and door chains are mountings 830241",
  }),
  e("key blank|key blanks|blank key|blank keys|uncut key|uncut keys|car key blank|flip key blank|replacement car key|remote key shell|key shell|key fob shell|transponder key blank|house key|padlock keys|skeleton key|skeleton keys|antique key|vintage key|master key", "830170", {
    splits: [to({ words: ["charm", "charms", "pendant", "necklace", "decor", "decoration"] }, "830629"), to({ words: ["shell", "key fob shell"], material: ["plastic"] }, "392690")],
    note: "keys and key blanks of base metal → 830170 (decorative key charms 830629; plastic key shells 392690)",
  }),
  e("furniture fittings|furniture mountings|cabinet hinge plate|shelf support|shelf supports|shelf pins|shelf peg|shelf pegs|shelf bracket heavy duty|table hinge|table bracket|bed bracket|bed rail bracket|bed frame bracket|furniture connector|furniture connectors|cam fitting|cam fittings|minifix|dowel connector|corner brace|corner braces|mending plate|mending plates|flat bracket|t plate|l brace|joist hanger|post bracket|timber connector|joining plate|strap tie|hurricane tie|angle brace|gusset plate", "830242", {
    splits: [
      to({ words: ["joist hanger", "post bracket", "timber connector", "strap tie", "hurricane tie", "joining plate", "gusset plate"] }, "830241"),
      // A shelf bracket screwed to a wall (floating-shelf, hidden or wall-mounted brackets) is one of the "brackets and
      // similar fixtures" of 8302.50, not a mounting of a piece of furniture.
      to({ words: ["floating shelf", "floating shelves", "wall mount", "wall mounted", "hidden shelf", "concealed shelf", "wall shelf"], allOf: [["bracket", "brackets"]], unless: ["plastic"] }, "830250"),
      to({ material: ["plastic"] }, "392630"),
      to({ material: ["wood", "bamboo"] }, "442199"),
    ],
    note: "mountings and fittings of base metal: for furniture 830242, for buildings (joist hangers, timber connectors) 830241; plastics 392630",
  }),
  // Gas springs that hold up a cabinet door, a bed base or a lid are furniture mountings of base metal ("pneumatic
  // cylinders for lifting, lowering ... or counterbalancing" are named within 8302.42 and 8302.30), not power engines
  // of 8412; those for a car's bonnet or tailgate are motor-vehicle mountings (8302.30).
  e("cabinet gas strut|cabinet gas struts|cabinet gas spring|cabinet gas springs|gas strut lift support|gas spring lift support|lift support cabinet|cabinet lift support|cabinet door stay|cabinet stay|lid stay support|flap stay|door stay|gas lift support|kitchen cabinet gas spring|bed lift gas spring|furniture gas spring|furniture gas strut|gas piston cabinet|soft close lid support|toy box lid support", "830242", {
    splits: [
      to({ words: ["car", "hood", "bonnet", "tailgate", "trunk", "boot", "hatchback", "vehicle", "truck"], unless: ["cabinet", "furniture", "cupboard", "wardrobe", "bed", "toy box"] }, "830230"),
      to({ material: ["plastic"] }, "392630"),
    ],
    note: "gas springs and lid stays for cabinets, beds and boxes → furniture mountings of base metal 830242 (motor vehicles 830230); plastics 392630",
  }),
  e("window hardware|window hinge|window handle|window stay|window restrictor|casement stay|sash lock|sash fastener|door hardware|door stop metal|door holder|door catch|magnetic catch|magnetic door catch|cabinet catch|ball catch|roller catch|touch latch|push latch|push to open|door kick plate|kick plate|letter plate|letterbox plate|mail slot|door knocker|door knockers|finger plate|escutcheon|keyhole cover|keyhole escutcheon|curtain rod bracket|curtain bracket|curtain pole|curtain rod|curtain rods|curtain track|curtain rail|curtain finial|curtain rings|curtain hooks|tension rod|shower tension rod|closet rod|wardrobe rail|wardrobe tube|sliding door hardware|barn door hardware|barn door track|sliding door track|sliding door roller|pocket door hardware", "830241", {
    splits: [
      to({ words: ["closet rod", "wardrobe rail", "wardrobe tube"] }, "830242"),
      to({ material: ["plastic"] }, "392590"),
      to({ material: ["wood", "bamboo"] }, "442199"),
    ],
    note: "mountings and fittings of base metal suitable for buildings (windows, doors, curtains) → 830241; furniture 830242; plastics builders' fittings 392590",
  }),
  e("car handle|grab handle car|roof rack bars|car roof rack|tow hook cover|car hood hinge|trunk hinge|tailgate hinge|tailgate handle|truck bed hardware|tonneau hardware|trailer hardware", "830230", {
    splits: [to({ words: ["roof rack", "roof rails", "roof rack bars"] }, "870829"), to({ material: ["plastic"] }, "392630")],
    note: "mountings and fittings of base metal for motor vehicles → 830230 (roof racks are accessories of 8708)",
  }),
  e("safes|steel safe|wall safe|gun safe|fireproof safe|digital safe|electronic safe|money safe|home safe|hotel safe|safe box|strongbox|strong box|petty cash box|money box lockable|coin box|deed box|document box lockable|fire safe box|fireproof document box|lock box steel|security box|key safe box|gun box|pistol safe|ammo safe|drawer safe", "830300", {
    splits: [to({ material: ["plastic"] }, "392690")],
    note: "safes, cash and deed boxes of base metal → 830300",
  }),
  e("religious medal|saint medal|miraculous medal|crucifix|crucifixes|cross pendant metal|rosary metal|religious statue metal|buddha statue metal|brass buddha|ganesh statue|hindu idol|metal idol|prayer wheel|incense burner metal|censer|thurible|incense holder metal|singing bowl set|prayer bell", "830629", {
    splits: [
      to({ words: ["plated", "gold plated", "silver plated"] }, "830621"),
      to({ material: ["wood", "bamboo"] }, "442090"),
      to({ material: ["ceramic", "porcelain"] }, "6913"),
      to({ material: ["plastic"] }, "392640"),
      to({ words: ["rosary", "pendant"] }, "711719"),
      to({ words: ["singing bowl", "prayer bell"] }, "830610"),
    ],
    note: "religious statuettes and ornamental articles of base metal → 8306 (plated with precious metal 830621); rosaries and pendants are imitation jewellery 7117",
  }),
  e("picture frame metal|photo frame metal|metal frame photo|alloy photo frame|brass picture frame|iron photo frame|wrought iron frame|mirror frame metal|metal mirror|decorative wall mirror metal", "830630", {
    note: "photograph, picture or similar frames and mirrors of base metal → 830630 (glass mirrors framed mainly of glass 7009)",
  }),
  e("charms|charm pendant|metal charms|alloy charms|zinc alloy charms|enamel charms|diy charms|craft charms|charm beads metal|dangle charms|pendant charms|bracelet charms|metal embellishments|metal embellishment|filigree stampings|filigree embellishment|brass stampings|metal stampings craft|scrapbook embellishments metal", "711719", {
    splits: [
      to({ material: ["plastic"] }, "711790"),
      to({ material: ["glass", "ceramic", "porcelain"] }, "711790"),
      to({ material: ["silver"] }, "711311"),
      to({ material: ["gold", "platinum"] }, "711319"),
      to({ words: ["embellishment", "embellishments", "stampings", "scrapbook"] }, "830629"),
    ],
    decisive: ["material"],
    note: "charms and components for imitation jewellery of base metal → 711719; flat metal embellishments and stampings for crafts are ornaments of base metal 830629",
  }),
  e("snap hook|spring hook|spring snap hook|trigger snap|bolt snap|swivel eye bolt snap|lanyard hook|keychain clip|key clip|belt clip|belt clips|belt loop clip|suspender clips|suspender clip|strap clip|strap clips|bag clip hardware|purse hook|purse hooks|dog leash clip|leash clip|collar buckle|collar hardware|strap adjuster|slide adjuster|ladder lock|cord lock|cord locks|cord stopper|toggle stopper|cord end|cord ends", "830890", {
    splits: [
      to({ material: ["plastic"] }, "392690"),
      to({ words: ["cord lock", "cord locks", "cord stopper", "toggle stopper", "cord end", "cord ends", "ladder lock"], material: ["rubber"] }, "401699"),
    ],
    decisive: ["material"],
    note: "clasps, hooks, buckles and similar fittings of base metal for clothing, bags, straps and leashes → 8308 (830890); plastics 392690",
  }),
  e("metal sequins|metal spangles|metal beads craft|tube beads metal|crimp ends|cord crimps|bell caps|cones jewelry", "830890", {
    splits: [to({ words: ["jewelry", "jewellery", "bracelet", "necklace"] }, "711719")],
    note: "beads and spangles of base metal → 830890 (heading 8308 names 'beads and spangles, of base metal'); jewellery components 7117",
  }),
  e("stopper wine|vacuum wine stopper|wine saver|champagne sealer|beer bottle cap|swing top cap|swing stopper|bottle seal|crown cork|ring pull|aerosol valve|spray valve|aerosol cap|tinplate lid|twist off cap|twist off lid|lug cap|lug caps|metal closure|aluminum cap|aluminium cap|ropp cap|wine screw cap", "830990", {
    splits: [
      to({ material: ["plastic"] }, "392350"),
      to({ material: ["rubber"] }, "401699"),
      to({ material: ["glass"] }, "701090"),
      to({ words: ["crown cork"] }, "830910"),
    ],
    decisive: ["material"],
    note: "stoppers, caps, lids, seals and other packing accessories of base metal → 830990 (crown corks 830910); plastic closures 392350",
  }),
  e("soldering wire|solder wire|rosin core solder|lead free solder|solder paste|soldering paste|solder bar|solder ball|solder balls|flux core solder|silver solder|brazing alloy|brazing flux|welding flux|flux paste|tinning flux", "831120", {
    splits: [
      to({ words: ["solder paste", "soldering paste", "flux paste", "brazing flux", "welding flux", "tinning flux"] }, "381010"),
      to({ words: ["solder bar", "solder ball", "solder balls"] }, "800300"),
      to({ words: ["rosin core", "flux core"] }, "831120"),
    ],
    note: "cored wire of base metal for soldering/welding → 831120; soldering pastes and fluxes 3810; tin solder bars and balls 8003",
  }),
];

export const BASE_METAL_ARTICLES: LexiconEntry[] = [...ironSteel, ...aluminiumCopper, ...tools, ...misc83];
