/**
 * Chapters 94–97 additions: lamps and lighting fittings (9405), toys vs festive articles (9503/9505),
 * sports and games (9504/9506), miscellaneous manufactured articles (96) and works of art (97).
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

const lighting: LexiconEntry[] = [
  e("table lamp|desk lamp|bedside lamp|reading lamp|study lamp|led desk lamp|touch lamp|night light|nightlight|night lamp|floor lamp|standing lamp|torchiere|arc lamp|tripod lamp|lamp shade|lampshade|lamp shades|lampshades|lamp base|mushroom lamp|moon lamp|galaxy projector lamp|star projector|sunset lamp|lava lamp|salt lamp|himalayan salt lamp|crystal lamp|rechargeable table lamp|cordless lamp|clip on lamp|clamp lamp|piano lamp|bankers lamp|tiffany lamp", "940521", {
    splits: [
      to({ words: ["floor lamp", "standing lamp", "torchiere", "arc lamp", "tripod lamp"] }, "940521"),
      to({ words: ["lamp shade", "lampshade", "lamp shades", "lampshades", "lamp base", "lamp holder"] }, "940599"),
      to({ words: ["night light", "nightlight", "night lamp"] }, "940529"),
      to({ words: ["star projector", "galaxy projector"] }, "940529"),
      to({ words: ["salt lamp", "himalayan salt lamp", "lava lamp", "moon lamp", "mushroom lamp", "sunset lamp", "crystal lamp"] }, "940529"),
    ],
    note: "electric table, desk, bedside or floor-standing luminaires → 9405 2x (designed for LED only 940521, other 940529); shades and parts 940599",
  }),
  e("ceiling fan light|track light|track lighting|spotlight ceiling|recessed light|recessed lighting|downlight|downlights|led downlight|panel light|led panel light|led panel|troffer|batten light|tube light fixture|linear light|led linear light|strip light fixture|under cabinet light|under cabinet lighting|cabinet light|puck light|puck lights|wardrobe light|motion sensor light|stair light|step light|wall washer light|wall sconce|wall sconces|sconce|picture light|vanity light|bathroom light|mirror light|porch light|outdoor wall light|garden light|garden lights|solar garden light|solar lights|solar light|solar lamp|solar lantern|pathway light|path light|bollard light|landscape light|spike light|flood light|floodlight|led flood light|security light|street light|streetlight|high bay light|highbay|ufo high bay|warehouse light|stadium light|grow light|led grow light|plant grow light|aquarium light|led aquarium light|exit light|explosion proof light", "940511", {
    splits: [
      to({ words: ["solar"] }, "940542"),
      to({ words: ["flood light", "floodlight", "security light", "street light", "streetlight", "high bay", "highbay", "stadium light", "garden light", "garden lights", "pathway light", "path light", "bollard light", "landscape light", "spike light", "outdoor", "porch light"] }, "940542"),
      to({ words: ["grow light", "aquarium light", "emergency light", "exit light", "explosion proof"] }, "940542"),
      to({ words: ["wall sconce", "wall sconces", "sconce", "picture light", "vanity light", "mirror light", "wall washer", "stair light", "step light", "under cabinet", "cabinet light", "closet light", "puck light", "puck lights", "wardrobe light", "motion sensor light"] }, "940511"),
    ],
    note: "luminaires for ceiling or wall designed for LED light sources → 940511 (other 940519); other electric luminaires incl. outdoor, flood, solar and grow lights → 940542 (LED) / 940549",
  }),
  // An insect-killing "lamp" is an electrical apparatus with an individual function (8543.70): its UV tube only lures
  // insects to the grid, it does not light a room, so it is no luminaire of 9405.
  e("bug zapper lamp|bug zapper light|zapper lamp|mosquito killing lamp|mosquito killer light|mosquito lamp|insect killer lamp|insect killer light|uv insect killer|uv mosquito killer|electric mosquito killer|electric insect killer|fly zapper|fly killer lamp|mosquito trap lamp|insect trap lamp|pest repeller plug in|repeller plug in|plug in pest repeller|plug in repeller|plug-in repeller|ultrasonic repellent|electronic pest repeller|electronic repellent", "854370", {
    note: "electric insect killers and pest repellers, lamp-shaped or plug-in → electrical apparatus n.e.s. 854370, not luminaires (9405) or sockets (8536)",
  }),
  e("light fixture parts|lamp socket cover|chandelier crystals|crystal prisms|lamp finial|lamp harp|ceiling canopy|light canopy|pendant light cord|lamp cord set|light shade|glass shade|lamp cover|light cover|light diffuser|led diffuser|aluminum channel led|led profile|led channel|led strip channel", "940599", {
    splits: [
      // "Chandelier Crystal … Ceiling Pendant Light" is a crystal chandelier (a luminaire), not loose crystals for one.
      to({ words: ["chandelier crystals"], allOf: [["ceiling", "pendant light", "pendant lamp", "light fixture", "flush mount", "dimmable", "e12", "e14", "bulbs included"]] }, "9405"),
      to({ words: ["chandelier crystals", "crystal prisms", "glass lamp shade", "glass shade"] }, "940591"),
      to({ material: ["glass"] }, "940591"),
      to({ material: ["plastic"] }, "940592"),
      to({ words: ["led profile", "led channel", "led strip channel", "aluminum channel led"] }, "940599"),
    ],
    note: "parts of luminaires: of glass 940591, of plastics 940592, other 940599 (aluminium LED channels are parts of LED strip luminaires)",
  }),
  e("neon sign|neon signs|led neon sign|light up sign|illuminated sign|lightbox sign|light box sign|open sign led|led open sign|marquee letters|marquee sign|light up letters|led letters|led name sign|neon light sign|neon wall sign|custom neon|led display sign", "940561", {
    splits: [to({ words: ["scrolling led sign", "led display sign"] }, "853120")],
    note: "illuminated signs, illuminated name-plates and the like designed for LED → 940561 (other 940569); programmable message displays 853120",
  }),
];

const toysFestive: LexiconEntry[] = [
  e("halloween decoration|halloween decorations|halloween decor|halloween props|halloween prop|halloween skeleton|halloween skull|halloween pumpkin|artificial pumpkin|foam pumpkin|halloween garland|halloween wreath|haunted house props|animated halloween|halloween inflatable|spider web decoration|fake spider web|easter decoration|easter decorations|easter eggs decoration|plastic easter eggs|easter basket grass|thanksgiving decoration|valentine decoration|st patrick decoration|diwali decoration|ramadan decoration|eid decoration|chinese new year decoration|lunar new year decoration|red lantern chinese|nativity set|nativity scene|advent wreath|christmas village|christmas village houses|christmas figurine|santa figurine|snowman decoration|christmas stocking|christmas stockings|tree skirt|christmas tree skirt|christmas wreath|christmas garland|christmas tree stand|artificial snow|tinsel|christmas tinsel|christmas crackers|christmas tree ornament", "950590", {
    splits: [
      to({ words: ["christmas", "santa", "nativity", "advent", "tinsel", "tree skirt", "snowman", "stocking", "stockings"] }, "950510"),
      to({ words: ["halloween inflatable", "animated halloween"], power: ["electric"] }, "950590"),
    ],
    note: "festive articles (Note to ch. 95: decorations for festivals, carnivals and celebrations) → 9505 (Christmas festivities 950510, other festivals incl. Halloween and Easter 950590)",
  }),
  e("party supplies|party decoration|party decorations|party favors|party favours|party favor|party popper|party poppers|confetti cannon|confetti popper|birthday decoration|birthday decorations|birthday party decorations|happy birthday banner|wedding decoration|wedding decorations|bridal shower decoration|baby shower decoration|gender reveal|gender reveal decoration|pinata|piñata|noise maker|party horn|party blowers|blowouts party|party mask|masquerade mask|carnival mask|venetian mask|costume mask|halloween mask|latex mask|face mask costume|cosplay mask|horror mask|scary mask|zombie mask|monster mask|creepy mask|full head mask|animal head mask|overhead mask|costume props|cosplay props|mardi gras beads|lei|hawaiian lei|party lei|hula skirt|grass skirt party|photo booth props|selfie props|party sash|birthday sash|bachelorette sash|tiara party|party crown|birthday crown", "950590", {
    splits: [
      to({ words: ["christmas"] }, "950510"),
      to({ words: ["latex mask"], material: ["rubber"] }, "950590"),
    ],
    note: "party and carnival articles (masks, poppers, confetti, piñatas, leis, sashes and other festive decorations) → 950590",
  }),
  e("diecast|diecast truck|diecast trucks|diecast vehicle|diecast vehicles|truck model|model truck|model trucks|model aircraft|airplane model|model ship|ship model|model boat|model tank|tank model|model motorcycle|motorcycle model|fidget toy|fidget toys|fidget spinner|fidget cube|pop it fidget|push pop|squishy|squishies|squishy toy|stress relief toy|slime|slime kit|putty toy|kinetic sand|play sand|modeling clay kids|magnetic tiles|magnetic blocks|building blocks|building block|building bricks|construction toy|construction set|brick set|compatible bricks|model kit|plastic model kit|scale model|diecast model|die cast model|diecast car|die-cast car|toy car|toy cars|toy truck|toy trucks|toy train|toy trains|train set toy|rc car|remote control car|rc truck|rc boat|rc helicopter|rc plane|remote control toy|toy drone|mini drone toy|toy gun|water gun|water guns|squirt gun|nerf gun|foam blaster|bubble gun|bubble machine toy|bubble wand|bubble solution|kite|kites|yo-yo|yoyo|spinning top|beyblade|toy robot|robot toy|transforming robot|plush toy|plush toys|stuffed animal|stuffed animals|stuffed toy|soft toy|teddy bear|plushie|plushies|doll|dolls|fashion doll|baby doll|reborn doll|doll house|dollhouse|dollhouse furniture|doll house furniture|dollhouse miniature|dollhouse miniatures|dollhouse kit|doll house kit|doll furniture|doll clothes|doll accessories|puppet|puppets|hand puppet|finger puppet|marionette|rocking horse|ride on toy|ride-on toy|scooter kids|kids scooter|tricycle kids|toy kitchen|play kitchen|pretend play|toy tool set|doctor kit toy|toy musical instrument|toy piano|toy drum|toy guitar|baby rattle|rattle|teether toy|activity cube|stacking toy|stacking cups|shape sorter|pull along toy|push toy|bath toy|bath toys|sand toys|beach toys|sandbox toys|toy figures|mini figures|minifigures|blind box|mystery box toy|collectible toy|vinyl toy|designer toy|trading figure", "950300", {
    splits: [
      to({ words: ["balance bike", "tricycle kids"] }, "950300"),
      to({ words: ["kids scooter", "scooter kids"] }, "950300"),
      to({ words: ["bubble solution"] }, "340290"),
      to({ words: ["play dough", "playdough", "modeling clay"] }, "340700"),
    ],
    note: "toys, dolls, scale models, construction sets, puzzles, ride-ons for children → 950300 (GRI 1, heading 9503); modelling pastes 3407",
  }),
  e("puzzle|puzzles|jigsaw puzzle|jigsaw puzzles|wooden puzzle|3d puzzle|puzzle box|brain teaser|brain teasers|rubik cube|rubiks cube|speed cube|magic cube|puzzle cube|iq puzzle|tangram|metal puzzle|puzzle glue|puzzle board", "950300", {
    splits: [to({ words: ["puzzle glue"] }, "350699"), to({ words: ["puzzle board", "puzzle mat"], material: ["wood"] }, "442199")],
    note: "puzzles of all kinds (jigsaw, 3D, brain teasers, cubes) → 950300",
  }),
  e("playing cards|deck of cards|poker cards|card deck|uno cards|flash cards game|card sleeves game|deck box|playmat|card game mat|poker chips|poker set|poker table top|casino chips|dice|dice set|d20|rpg dice|polyhedral dice|dice tray|dice tower|mahjong|mahjong set|dominoes|domino set|bingo set|bingo cards|roulette set|game table|card table|game pieces|board game pieces|chess pieces|chess clock mechanical|arcade machine|arcade cabinet|pinball machine|claw machine|coin operated game|dart board|dartboard|darts|dart set|steel tip darts|soft tip darts|electronic dartboard|table football|foosball|mini table tennis|table shuffleboard|shuffleboard|air hockey|bowling set|skittles game|cornhole set|giant jenga|tumbling tower|ring toss|horseshoe game|lawn games", "950490", {
    splits: [
      to({ words: ["playing cards", "deck of cards", "poker cards", "card deck", "uno cards", "tarot", "oracle"] }, "950440"),
      to({ words: ["arcade", "pinball", "claw machine", "coin operated"] }, "950430"),
      to({ words: ["bowling"] }, "950490"),
      to({ words: ["cornhole", "bean bag toss", "ring toss", "horseshoe game", "lawn games", "giant jenga"] }, "950699"),
      to({ words: ["dart board", "dartboard", "darts", "dart set", "steel tip", "soft tip"] }, "950490"),
    ],
    note: "playing cards 950440; coin-operated games 950430; other table and parlour games (dice, chips, darts, mahjong, table football) 950490; lawn games 950699",
  }),
  e("video game console|game console|gaming console|handheld game console|handheld console|retro game console|game stick|tv game stick|game controller|gamepad|game pad|joypad|wireless controller|controller for switch|ps5 controller|xbox controller|arcade stick|fight stick|racing wheel|steering wheel for gaming|gaming steering wheel|flight stick|hotas|game controller grip|controller charging dock|controller skin|controller shell|joystick caps|thumb grips|thumbstick caps|analog stick caps|trigger extenders|phone game controller|mobile game trigger|game trigger", "950450", {
    splits: [
      to({ words: ["controller skin", "controller shell", "joystick caps", "thumb grips", "thumbstick caps", "analog stick caps", "trigger extenders", "controller grip", "game trigger", "mobile game trigger"] }, "950450"),
      to({ words: ["charging dock"] }, "850440"),
    ],
    note: "video game consoles and machines, their controllers and accessories → 950450 (parts and accessories of consoles stay in 950450)",
  }),
];

const sports: LexiconEntry[] = [
  e("yoga mat|yoga mats|exercise mat|fitness mat|pilates mat|gym mat|workout mat|yoga block|yoga blocks|yoga brick|yoga strap|yoga wheel|yoga bolster|foam roller|massage roller|resistance band|resistance bands|exercise band|exercise bands|loop bands|booty bands|pull up band|pull up bar|chin up bar|doorway pull up bar|push up board|push up bars|push up handles|ab roller|ab wheel|jump rope|skipping rope|speed rope|weighted jump rope|hand gripper|grip strengthener|wrist roller|dumbbell|dumbbells|adjustable dumbbells|kettlebell|kettlebells|barbell|barbells|weight plate|weight plates|bumper plates|ankle weights|wrist weights|weighted vest|medicine ball|slam ball|wall ball|battle rope|battle ropes|suspension trainer|trx|gymnastic rings|parallettes|dip station|power tower|weight bench|workout bench|squat rack|power rack|smith machine|cable machine|lat pulldown|leg press|home gym|stepper|mini stepper|aerobic step|balance board|balance ball|bosu ball|exercise ball|stability ball|yoga ball|pilates ball|pilates ring|pilates reformer|hula hoop|weighted hula hoop|vibration plate", "950691", {
    splits: [
      to({ words: ["massage gun", "vibration plate"], power: ["electric", "battery"] }, "901910"),
      to({ words: ["massage gun", "vibration plate"] }, "901910"),
      to({ words: ["yoga ball", "exercise ball", "stability ball", "balance ball", "bosu", "pilates ball", "medicine ball", "slam ball", "wall ball"] }, "950691"),
      to({ words: ["hula hoop"] }, "950691"),
    ],
    note: "articles and equipment for general physical exercise, gymnastics or athletics (mats, bands, weights, benches, rollers) → 950691; massage appliances 9019",
  }),
  e("tent pole|tent poles|climbing harness|climbing holds|climbing hold|chalk bag|belay device|ascender|descender climbing|ice axe|crampons|carabiner climbing|quickdraw|quickdraws|crash pad|bouldering pad|snowshoes|snowshoe|ski poles|ski pole|skis|ski|snowboard|snowboards|snowboard bindings|ski bindings|sled|sledge|snow sled|toboggan|snow saucer|ice skates|figure skates|hockey skates|hockey stick|ice hockey stick|field hockey stick|hockey puck|lacrosse stick|golf club|golf clubs|golf driver|putter|golf iron|golf balls|golf ball|golf tees|golf training aid|putting mat|baseball bat|softball bat|cricket bat|cricket ball|tennis ball|tennis balls|padel racket|pickleball paddle|pickleball|badminton racket|badminton set|shuttlecock|shuttlecocks|table tennis bat|ping pong paddle|ping pong balls|table tennis balls|volleyball|basketball|football ball|soccer ball|rugby ball|american football|handball|netball|water polo ball|soccer goal|basketball hoop|basketball net|tennis net|agility ladder|training cones|sports cones|hurdles training|speed parachute|boxing gloves|punching bag|punch bag|heavy bag|speed bag|focus mitts|punch mitts|kick pad|kick shield|mma gloves|hand wraps boxing|shin guards|shin pads|mouth guard|mouthguard|sports mouthguard|knee pads sports|elbow pads|wrist guards|protective gear skate|skateboard|skateboards|longboard|penny board|skateboard deck|skateboard wheels|skateboard trucks|grip tape skateboard|roller skates|inline skates|rollerblades|surfboard|surfboards|bodyboard|wakeboard|water skis|kneeboard|snorkel|snorkel set|snorkeling mask|diving mask|dive mask|swim fins|diving fins|flippers|nose clip swim|bow and arrow|archery bow|recurve bow|compound bow|crossbow|arrows|archery arrows|archery target|slingshot|fishing net landing|trampoline|trampolines|mini trampoline|rebounder|playground slide|swing set|tree swing|baby swing outdoor|climbing frame|monkey bars|seesaw|zip line kit", "950699", {
    splits: [
      to({ words: ["camping tent"] }, "630622"),
      to({ words: ["tent pole", "tent poles"] }, "630690"),
      to({ words: ["skis", "ski"] }, "950611"),
      to({ words: ["ski bindings", "snowboard bindings"] }, "950612"),
      to({ words: ["snowboard", "snowboards"] }, "950611"),
      to({ words: ["ski poles", "ski pole", "snowshoes", "snowshoe", "crampons"] }, "950619"),
      to({ words: ["ski goggles", "snow goggles", "swim goggles", "swimming goggles"] }, "900490"),
      to({ words: ["surfboard", "surfboards", "bodyboard", "paddle board", "sup board", "stand up paddle", "wakeboard", "water skis", "kneeboard"] }, "950629"),
      to({ words: ["snorkel", "diving mask", "dive mask", "snorkeling mask", "swim fins", "diving fins", "flippers", "swim cap", "swimming cap", "nose clip"] }, "950629"),
      to({ words: ["golf club", "golf clubs", "golf driver", "putter", "golf iron"] }, "950631"),
      to({ words: ["golf balls", "golf ball"] }, "950632"),
      to({ words: ["golf tees", "golf bag", "golf training", "putting mat", "golf net"] }, "950639"),
      to({ words: ["golf glove", "batting gloves", "boxing gloves", "mma gloves", "baseball glove", "baseball mitt"] }, "420321"),
      to({ words: ["tennis ball", "tennis balls"] }, "950661"),
      // A hoop, goal or net for a ball game is other sports equipment (9506.99), not the ball it is named after.
      to({ words: ["volleyball", "basketball", "football ball", "soccer ball", "rugby ball", "american football", "handball", "netball", "water polo ball"], unless: ["hoop", "hoops", "goal", "goals", "net", "nets", "rim", "backboard", "stand", "system", "post", "posts"] }, "950662"),
      to({ words: ["cricket ball", "ping pong balls", "table tennis balls", "golf", "pickleball", "shuttlecock", "shuttlecocks"] }, "950669"),
      to({ words: ["badminton racket", "padel racket", "pickleball paddle", "badminton set"] }, "950659"),
      to({ words: ["table tennis bat", "ping pong paddle"] }, "950640"),
      to({ words: ["ice skates", "figure skates", "hockey skates", "roller skates", "inline skates", "rollerblades"] }, "950670"),
      to({ words: ["trampoline", "trampolines", "rebounder", "climbing holds", "climbing hold", "agility ladder", "training cones", "hurdles", "punching bag", "punch bag", "heavy bag", "speed bag", "focus mitts", "punch mitts", "kick pad", "kick shield"] }, "950691"),
      to({ words: ["ice skates"] }, "950670"),
    ],
    note: "sports equipment → 9506 (skis 950611, water-sports 950629, golf 95063x, rackets 950659, balls 95066x, skates 950670, exercise 950691, other 950699); tents 6306; goggles 9004; sports gloves of leather 4203",
  }),
];

const misc96: LexiconEntry[] = [
  e("toothbrush|toothbrushes|manual toothbrush|bamboo toothbrush|kids toothbrush|interdental brush|interdental brushes|tongue scraper|tongue cleaner|denture brush|makeup brush|makeup brushes|makeup brush set|foundation brush|powder brush|eyeshadow brush|eyebrow brush|spoolie|lip brush|kabuki brush|nail brush|nail art brush|shaving brush|hair brush|hairbrush|paddle brush|detangling brush|round brush|boar bristle brush|paint brush|paint brushes|paintbrush|artist brush|artist brushes|watercolor brush|brush set painting|paint roller|paint rollers|roller brush paint|paint pad|wire brush|wire brushes|brass wire brush|drill brush|cleaning brush|scrub brush|toilet brush|toilet brushes|grout brush|shoe brush|clothes brush|lint brush|pet brush|dog brush|grooming brush|deshedding brush|horse brush|keyboard brush|lens brush|chimney brush|pipe brush|tube brush|car wash brush|wheel brush|tire brush|detailing brush|window brush|duster|feather duster|microfiber duster|ceiling fan duster|cobweb brush|lint roller|pet hair remover|pet hair roller|pet hair remover roller|fur remover roller|lint rollers|lint remover roller|sticky roller", "960390", {
    splits: [
      to({ words: ["toothbrush", "toothbrushes", "interdental", "denture brush"], power: ["electric", "battery"] }, "850980"),
      to({ words: ["toothbrush", "toothbrushes", "interdental", "denture brush"] }, "960321"),
      to({ words: ["tongue scraper", "tongue cleaner"], material: ["plastic"] }, "392490"),
      to({ words: ["tongue scraper", "tongue cleaner"] }, "732393"),
      // Brushes for applying cosmetics (foundation, powder, eyeshadow, lip, kabuki) are named in 9603.30 with artists'
      // brushes; 9603.29 keeps toilet brushes for the person (hair, nail, shaving, eyelash/brow brushes).
      to({ words: ["makeup brush", "makeup brushes", "make up brush", "make up brushes", "cosmetic brush", "cosmetic brushes", "foundation brush", "powder brush", "blush brush", "eyeshadow brush", "eyeliner brush", "lip brush", "kabuki", "contour brush", "concealer brush"] }, "960330"),
      to({ words: ["makeup brush", "makeup brushes", "foundation brush", "powder brush", "eyeshadow brush", "eyebrow brush", "spoolie", "lip brush", "kabuki", "nail brush", "nail art brush", "shaving brush", "hair brush", "hairbrush", "paddle brush", "detangling brush", "round brush", "boar bristle"] }, "960329"),
      to({ words: ["paint brush", "paint brushes", "paintbrush", "artist brush", "artist brushes", "watercolor brush", "brush set painting"] }, "960330"),
      to({ words: ["paint roller", "paint rollers", "roller brush", "paint pad"] }, "960340"),
      to({ words: ["pet hair remover", "pet hair roller", "fur remover", "lint roller", "lint rollers", "sticky roller", "lint remover roller"] }, "960390"),
    ],
    note: "brushes → 9603 (toothbrushes 960321; shaving, hair, nail, make-up brushes 960329; artists' brushes 960330; paint brushes and rollers 960340; other 960390); electric toothbrushes 8509",
  }),
  e("hair clip|hair clips|hair claw|claw clip|claw clips|hair barrette|barrette|barrettes|snap clips hair|hair pin|hairpin|hair pins|bobby pin|bobby pins|hair grips|u pins hair|hair stick|hair fork|hair slide|alligator clip hair|duckbill clip|sectioning clips|hair roller|hair rollers|curlers|velcro rollers|foam rollers hair|flexi rods|perm rods|heatless curler|heatless curlers|curling ribbon hair|hair elastic|hair elastics|hair band elastic|spiral hair ties|headband plastic|alice band|hair comb clip|side comb|hair comb slide", "961511", {
    splits: [
      to({ words: ["hair tie", "hair ties", "scrunchie", "scrunchies", "hair elastic", "hair elastics", "ponytail holder", "hair band elastic"] }, "630790"),
      to({ words: ["spiral hair ties"] }, "392690"),
      to({ words: ["hair roller", "hair rollers", "hair curlers", "curlers", "velcro rollers", "foam rollers", "flexi rods", "perm rods", "heatless"], power: ["electric"] }, "851632"),
      to({ words: ["hair roller", "hair rollers", "hair curlers", "curlers", "velcro rollers", "foam rollers", "flexi rods", "perm rods", "heatless"] }, "961590"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "zinc", "copper"] }, "961590"),
      to({ material: ["wood", "bamboo"] }, "961590"),
      to({ material: ["rubber", "plastic"] }, "961511"),
    ],
    note: "hair-slides, clips, grips and pins → 9615 (of hard rubber or plastics 961511, other materials 961590); curlers 961590; fabric scrunchies 630790",
  }),
  e("vacuum flask|thermos|thermos food jar|vacuum food jar|insulated food jar|food jar thermos|insulated bottle|insulated water bottle|thermal flask|food flask|insulated tumbler|vacuum bottle|thermos flask|thermos bottle|insulated flask|stainless vacuum flask|coffee thermos|food thermos|vacuum insulated bottle|vacuum insulated tumbler|insulated tumbler with lid|tumbler with straw|stanley cup|yeti tumbler|vacuum mug|vacuum cup|thermal mug|thermal cup|travel tumbler|insulated coffee mug|insulated cup|thermal bottle|thermo bottle|thermal jug|vacuum jug thermos", "961700", {
    note: "vacuum flasks and other vacuum vessels, complete (incl. vacuum-insulated tumblers and bottles) → 961700 (Explanatory Note to 96.17: the vacuum makes the vessel)",
  }),
  e("cigarette box|cigarette holder|cigar holder|cigar case|cigar tube|cigar cutter|cigar punch|cigar humidor|humidor|ashtray cigar|cigarette roller|rolling tray|cigarette filter tips|rolling papers|cigarette papers|pipe cleaner|pipe cleaners|pipe tamper|tobacco grinder|weed grinder|dab tool|stash jar|smell proof container", "961400", {
    splits: [
      to({ words: ["rolling papers", "cigarette papers"] }, "481320"),
      to({ words: ["filter tips"] }, "481390"),
      to({ words: ["cigar cutter", "cigar punch"] }, "821490"),
      to({ words: ["herb grinder", "weed grinder", "tobacco grinder", "grinder for herbs"] }, "821000"),
      to({ words: ["humidor"], material: ["wood"] }, "442090"),
      to({ words: ["cigarette case", "cigarette cases", "cigar case", "cigarette box"], material: ["leather", "composition_leather", "plastic", "textile", "synthetic"] }, "420239"),
      to({ words: ["cigarette case", "cigarette cases", "cigar case", "cigarette box"] }, "420239"),
      to({ words: ["pipe cleaner", "pipe cleaners"] }, "960390"),
      to({ words: ["rolling machine", "cigarette rolling machine", "cigarette roller"] }, "847989"),
      to({ words: ["rolling tray", "stash jar", "smell proof container"], material: ["plastic"] }, "392490"),
      to({ words: ["rolling tray"] }, "732690"),
    ],
    note: "smoking pipes and cigar/cigarette holders → 9614; cigarette cases (pocket articles) 4202 3x; rolling papers 4813; hand-operated grinders 8210",
  }),
  e("fountain pen nib|pen nib|nibs|dip pen nib|pen refill|pen refills|ballpoint refill|gel pen refill|ink refill pen|marker refill|pen cap|pen clip|mechanical pencil lead|pencil extender|pencil grip|pencil grips|pen grip|pencil cap|pencil topper|pencil toppers", "960899", {
    splits: [
      to({ words: ["nib", "nibs"] }, "960891"),
      to({ words: ["refill", "refills"] }, "960860"),
      to({ words: ["pencil lead", "pencil leads", "lead refill", "graphite lead"] }, "960920"),
      to({ words: ["pencil grip", "pencil grips", "pen grip", "pencil topper", "pencil toppers", "pencil extender", "pencil cap"], material: ["rubber"] }, "401699"),
      to({ words: ["pencil grip", "pencil grips", "pen grip", "pencil topper", "pencil toppers", "pencil extender", "pencil cap"] }, "392610"),
    ],
    note: "pen nibs 960891, refills 960860, other parts 960899; pencil leads 960920; pencil grips and toppers are office supplies (plastics 392610)",
  }),
];

const art: LexiconEntry[] = [
  e("oil painting|oil paintings|acrylic painting|acrylic paintings|watercolor painting|watercolour painting|hand painted canvas|hand-painted oil painting|original art|original painting on canvas|abstract painting hand painted|portrait painting custom|pet portrait painted|landscape painting original|calligraphy original|ink painting|chinese painting|thangka|icon painting|canvas print|canvas prints|wall art print|poster print|framed print|framed art|framed wall art|art poster|giclee print|photo print|photographic print|canvas wall art|printed canvas|wall art canvas|picture wall art", "491191", {
    splits: [
      to({ words: ["oil painting", "oil paintings", "acrylic painting", "watercolor painting", "watercolour painting", "hand painted", "hand-painted", "original", "ink painting", "chinese painting", "thangka", "icon painting", "painting on canvas", "calligraphy original"], unless: ["reproduction", "reproductions", "print", "printed", "prints", "giclee", "poster"] }, "970191"),
    ],
    note: "paintings executed entirely by hand → 9701 (970191 paintings other than over 100 years old); printed reproductions, posters and canvas prints → 491191 (Note 2 to ch. 97 excludes printed reproductions)",
  }),
];

export const HOME_LEISURE: LexiconEntry[] = [...lighting, ...toysFestive, ...sports, ...misc96, ...art];
