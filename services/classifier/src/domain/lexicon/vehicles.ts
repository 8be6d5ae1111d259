/**
 * Section XVII — vehicles, aircraft, vessels (86–89): railway goods, cars and trucks, motor-vehicle
 * parts and accessories (8708), motorcycles, bicycles and their parts, mobility aids, prams, trailers,
 * drones, boats. Tyres (4011), vehicle lighting (8512) and engines (8407) live in their own chapters.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

/** Retreaded tyres (4012 1x, split by the vehicle they are of a kind used on, like the new tyres of 4011). */
const RETREADED = ["retreaded", "retread", "retreads", "remoulded", "remolded", "recapped"];
/** Tyres of a kind used on construction, mining or industrial handling vehicles and machines (4011.80, 4012.19). */
const EARTHMOVING = ["otr", "earthmoving", "earth moving", "earthmover", "mining", "loader", "grader", "dozer", "bulldozer", "excavator", "construction machinery", "industrial handling"];

/** Words naming a motorcycle, moped or motor scooter (heading 8711), whose parts are of 8714.10. */
const MOTORCYCLE_WORDS = ["motorcycle", "motorcycles", "motorbike", "motorbikes", "moped", "mopeds", "dirt bike", "pit bike", "motocross", "motor scooter", "scooter"];
/** Words naming a bicycle (heading 8712), whose parts are of 8714.9x. */
const BICYCLE_WORDS = ["bicycle", "bicycles", "bike", "bikes", "mtb", "bmx", "cycling", "road bike", "mountain bike"];
/** Parts named alike for cars, motorcycles and bicycles (the vehicle named decides between 8708 and 8714). */
const TWO_WHEELER_PARTS = ["brake", "brakes", "brake pad", "brake pads", "brake disc", "brake discs", "brake rotor", "brake rotors", "brake caliper", "brake lever", "brake shoes", "clutch", "clutch plates", "clutch lever", "shock absorber", "shock absorbers", "rear shock", "muffler", "exhaust", "exhaust pipe", "radiator", "fender", "mudguard", "fairing"];
/** Words naming a pedal cycle only (not the "dirt bike" or "motorbike" of 8711). */
const BICYCLE_ONLY_WORDS = ["bicycle", "bicycles", "mtb", "bmx", "cycling", "road bike", "mountain bike", "ebike", "e-bike"];
/** Words naming the motor vehicles of 8701–8705, whose parts stay in 8708. */
const MOTOR_VEHICLE_WORDS = ["car", "cars", "truck", "trucks", "suv", "sedan", "pickup", "van", "atv", "utv", "auto", "automotive", "vehicle"];

export const VEHICLES: LexiconEntry[] = [
  e("locomotive|train|railway wagon|rail car|railcar|tram|railway track|rail track|railway sleeper concrete|rail fastening|railway signalling", "8601", {
    splits: [to({ words: ["wagon", "rail car", "railcar"] }, "8606"), to({ words: ["track", "fastening", "sleeper"] }, "8608"), to({ words: ["signalling"] }, "8608"), to({ words: ["tram"] }, "8603")],
    note: "railway locomotives 8601–8602, rolling stock 8603–8606, track fixtures and signalling 8608",
  }),
  e("shipping container|cargo container|container 20ft|container 40ft|iso container|storage container steel|reefer container", "860900", { note: "containers designed for carriage by one or more modes of transport → 8609" }),
  // Sports and performance cars are built around large engines: spark-ignition over 3,000 cc (870324) unless stated
  // electric or hybrid.
  e("sports car|sports cars|supercar|supercars|performance car|performance cars|grand tourer|muscle car", "870324", {
    splits: [to({ words: ["electric"] }, "870380"), to({ words: ["plug-in hybrid"] }, "870360"), to({ words: ["hybrid"] }, "870340")],
    note: "sports and performance cars → 8703, spark-ignition engine over 3,000 cc 870324; electric 870380, hybrid 870340/60",
  }),
  e("passenger car|motor car|passenger motor car|passenger motor vehicle|automobile|sedan|hatchback|suv|crossover suv|used car|new car|electric car|ev car|electric vehicle|hybrid car|plug-in hybrid|coupe|convertible car|station wagon|minivan|mpv|golf cart|golf car|snowmobile|atv|quad bike|utv|side by side utv|buggy|dune buggy|go kart|go-kart|kart|low speed electric vehicle", "8703", {
    splits: [
      // A pedal car or pedal go-kart for children is a wheeled toy designed to be ridden (9503), not a motor vehicle.
      to({ words: ["go kart", "go-kart", "gokart", "kart", "car"], allOf: [["pedal", "pedals", "pedal powered"]] }, "950300"),
      to({ isPart: true }, "870899"),
      to({ words: ["golf cart", "golf car", "snowmobile"] }, "870310"),
      to({ words: ["atv", "quad bike", "utv", "side by side", "buggy", "dune buggy", "go kart", "go-kart", "kart"] }, "870321"),
      to({ words: ["electric car", "ev car", "electric vehicle", "low speed electric"] }, "870380"),
      to({ words: ["plug-in hybrid"] }, "870360"),
      to({ words: ["hybrid"] }, "870340"),
      to({ words: ["diesel"] }, "870332"),
    ],
    decisive: ["power"], note: "motor cars for persons → 8703 by propulsion and cylinder capacity (electric 870380, golf carts/snowmobiles 870310)",
  }),
  e("bus|buses|coach bus|minibus|school bus|electric bus", "8702", {
    splits: [to({ words: ["electric"] }, "870240"), to({}, "870210")], note: "vehicles for ≥ 10 persons → 8702",
  }),
  e("truck|trucks|lorry|pickup truck|pick-up truck|van|cargo van|delivery van|dump truck|tipper truck|mining dump truck|tanker truck|refrigerated truck|box truck|electric truck|electric van|mini truck|tractor unit|semi truck", "8704", {
    splits: [
      to({ isPart: true }, "870899"),
      to({ words: ["mining dump truck", "off-highway"] }, "870410"),
      to({ words: ["electric"] }, "870460"),
      to({ words: ["tractor unit", "semi truck"] }, "8701"),
      to({ words: ["diesel"] }, "870421"),
    ],
    note: "vehicles for the transport of goods → 8704 by propulsion and weight; road tractors 8701",
  }),
  e("fire truck|fire engine|crane truck|mobile crane truck|concrete mixer truck|cement truck|tow truck|wrecker|road sweeper truck|mobile workshop|ambulance vehicle|armored vehicle|tank military", "8705", {
    splits: [to({ words: ["tank military", "armored vehicle"] }, "8710"), to({ words: ["ambulance"] }, "8703")],
    note: "special purpose motor vehicles → 8705; armoured fighting vehicles 8710",
  }),
  e("chassis with engine|vehicle chassis|truck body|car body|vehicle body|car shell", "8706", {
    splits: [to({ words: ["body", "shell"] }, "8707")], note: "chassis fitted with engines 8706; bodies 8707",
  }),
  // Carriers fitted to a motor vehicle's body are accessories of the body (8708.29), like roof racks; hitches are
  // other parts of the vehicle (8708.99).
  e("bike rack for car|bike rack for cars|car bike rack|trunk bike rack|roof bike rack|bike carrier for car|bicycle carrier for car|car bicycle carrier", "870829", {
    note: "bicycle carriers for motor vehicles → accessories of bodies 870829",
  }),
  e("trailer hitch|trailer hitch receiver|hitch receiver|receiver hitch|tow hitch", "870899", { note: "trailer hitches of motor vehicles → other parts 870899" }),
  e("windshield sun shade|windshield sunshade|car sunshade|car sun shade|car part|auto part|car accessories|auto accessories|automotive accessories|car accessory|bumper|bumpers|front bumper|rear bumper|bumper guard|bumper cover|bumper lip|front lip|splitter car|side skirts|diffuser car|spoiler|rear spoiler|wing spoiler|body kit|grille|front grille|radiator grille|hood scoop|car hood|fender|fenders|mudguard|mud flaps|mud flap|splash guard car|fender flares|wheel arch|door handle car|car door handle|car door|tailgate|trunk lid|side mirror|wing mirror|rear view mirror|rearview mirror|mirror cover|mirror glass car|wing mirror glass|side mirror glass|door mirror glass|heated mirror glass|rearview mirror glass|rear view mirror glass|car mirror|blind spot mirror|sun visor car|car sun visor|windshield|windscreen|car windshield|rear window glass|car window|window regulator|power window motor|sunroof|roof rack|roof racks|roof rails|roof box|cargo box roof|crossbars|roof bars|roof rack cross bars|roof rack crossbars|roof cross bars|roof crossbars|rooftop cargo carrier|roof cargo carrier|roof top cargo carrier|rooftop carrier|roof basket|roof cargo basket|tow bar|towbar|tow hitch|trailer hitch|hitch receiver|hitch ball|hitch ball mount|ball mount|trailer hitch ball mount|hitch mount|tow hook|license plate bracket|dashboard|dash cover|dashboard cover|dash mat|dashboard mat|center console|console organizer car|car cup holder|cup holder car|armrest car|car armrest|gear knob|shift knob|gear shift knob|shifter|pedal pads|pedal covers|car pedal covers|floor mats|car floor mats|car mats|car mat|trunk mat|boot liner|cargo liner|seat belt|seat belts|seatbelt|seat belt extender|seat belt buckle|seat belt clip|car seat|car seats|baby car seat|child car seat|infant car seat|booster seat|car booster seat|racing seat|bucket seat|seat cushion car|car seat cushion|headrest|car headrest|neck pillow car|steering wheel|steering wheels|steering column|steering rack|steering box|power steering pump|tie rod|tie rod end|ball joint|control arm|wishbone|sway bar link|stabilizer link|bushing car|shock absorber|shock absorbers|shocks|struts|strut assembly|coilover|coilovers|suspension kit|lowering springs|coil spring car|air suspension|air spring|air bag suspension|leaf spring car|brake rotor|brake rotors|brake disc rotor|disc brake rotor|disc rotor|brake drum|brake drums|brake pad|brake pads|brake disc|brake discs|brake rotor|brake rotors|brake caliper|brake calipers|brake shoes|brake drum|brake hose|brake line|brake master cylinder|brake booster|abs pump|handbrake|parking brake|brake kit|clutch kit|clutch plate|clutch disc|clutch pressure plate|clutch release bearing|clutch master cylinder|flywheel car|gearbox car|transmission|transmission assembly|automatic transmission|manual transmission|cvt transmission|differential|axle|axles|drive axle|cv axle|half shaft|cv joint car|driveshaft car|wheel hub|hub assembly|wheel bearing car|car wheel|car wheels|alloy wheel|alloy wheels|car rims|wheel rim|steel wheel|wheel cover|hubcap|hubcaps|wheel spacer|wheel spacers|lug nut|lug nuts|wheel nut|wheel bolts|valve caps|tire valve caps|center cap|spare wheel cover|radiator|car radiator|radiator fan car|coolant reservoir|expansion tank|intercooler car|oil cooler|exhaust|exhaust pipe|exhaust system|muffler|silencer|exhaust tip|exhaust tips|resonator exhaust|downpipe|headers exhaust|exhaust manifold car|airbag|airbags|airbag module|air bag|fuel tank|gas tank|fuel cap|gas cap|fuel door|engine cover|skid plate|underbody protection|door seal car|weatherstrip|window visor|rain guard|wind deflector|door sill|door sill protector|door edge guard|car emblem|car badge|emblem badge|car logo|hood ornament|car antenna base|car cover accessories|car grab handle|car hook|car seat organizer|backseat organizer|car trash can|car storage box|car sunshade|windshield sunshade|car sun shade|car curtain|window shade car|car phone holder|car phone mount|phone holder car|car mount|dashboard mount|vent mount|car tablet holder|car air freshener holder|car seat gap filler|seat gap filler|steering wheel lock car|car jack stand|car ramp plastic|wheel chock|wheel chocks|towing strap|tow strap|tow rope|recovery strap|snatch strap|traction mats|recovery boards|car shelter|carport tent", "8708", {
    splits: [
      // A seat cushion or gap filler for a car seat is not the seat (the term names the car seat only as what it fits).
      to({ words: ["seat cushion", "car seat cushion", "neck pillow", "seat gap filler"] }, "940490"),
      // A "Car Seat Organizer" hangs on the seat: a container (4202 / 3924), not a seat of 9401.20.
      to({ words: ["car seat", "car seats", "baby car seat", "child car seat", "infant car seat", "booster seat", "racing seat", "bucket seat"], unless: ["organizer", "organizers", "organiser", "organisers"] }, "940120"),
      to({ words: ["floor mats", "car floor mats", "car mats", "car mat", "trunk mat", "boot liner", "cargo liner"], material: ["rubber"] }, "401691"),
      to({ words: ["floor mats", "car floor mats", "car mats", "car mat", "trunk mat"], material: ["textile", "synthetic", "cotton"] }, "5705"),
      to({ words: ["floor mats", "car floor mats", "car mats", "car mat", "trunk mat", "boot liner", "cargo liner"], material: ["plastic"] }, "392690"),
      to({ words: ["dash mat", "dash cover", "dashboard cover", "dashboard mat"], material: ["plastic"] }, "392690"),
      to({ words: ["dash mat", "dash cover", "dashboard cover", "dashboard mat"], material: ["rubber"] }, "401699"),
      to({ words: ["dash mat", "dash cover", "dashboard cover", "dashboard mat"] }, "630790"),
      to({ words: ["towing strap", "tow strap", "tow rope", "recovery strap", "snatch strap"], material: ["synthetic", "textile"] }, "5607"),
      to({ words: ["car sunshade", "windshield sunshade", "car sun shade", "windshield sun shade", "window shade car", "car curtain"], material: ["textile", "synthetic"] }, "630399"),
      // Without a stated material a car sunshade is taken as the usual fabric (nylon or polyester) blind of 6303.
      to({ words: ["car sunshade", "windshield sunshade", "car sun shade", "windshield sun shade", "window shade car", "car curtain"], unless: ["plastic", "pvc", "bubble", "foil", "cardboard", "paper"] }, "630399"),
      to({ words: ["car shelter", "carport tent"] }, "6306"),
      to({ words: ["phone holder", "phone mount", "car mount", "dashboard mount", "vent mount", "tablet holder"], material: ["plastic"] }, "392690"),
      to({ words: ["phone holder", "phone mount", "car mount", "dashboard mount", "vent mount", "tablet holder"], material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "zinc", "copper"] }, "830230"),
      to({ words: ["phone holder", "phone mount", "car mount", "dashboard mount", "vent mount", "tablet holder"] }, "392690"),
      to({ words: ["car trash can", "car storage box", "console organizer", "seat organizer", "backseat organizer"], material: ["plastic"] }, "392490"),
      to({ words: ["car trash can", "car storage box", "console organizer", "seat organizer", "backseat organizer"] }, "420292"),
      to({ words: ["side mirror", "wing mirror", "rear view mirror", "rearview mirror", "mirror glass car", "car mirror", "blind spot mirror", "wing mirror glass", "side mirror glass", "door mirror glass", "heated mirror glass"] }, "700910"),
      to({ words: ["lug nut", "lug nuts", "wheel nut", "wheel bolts"] }, "731816"),
      to({ words: ["wheel chock", "wheel chocks"], material: ["rubber"] }, "401699"),
      // A part named for a motorcycle or a bicycle ("Brake Pads for Yamaha R6 Motorcycle") is a part of the vehicles of
      // 8711 or 8712 (heading 8714), not of the motor vehicles of 8701–8705 (heading 8708).
      // (The part words are required too: a marketplace category such as "Automobiles & Motorcycles" names both kinds.)
      to({ words: TWO_WHEELER_PARTS, allOf: [MOTORCYCLE_WORDS], unless: MOTOR_VEHICLE_WORDS }, "871410"),
      to({ words: ["brake", "brakes", "brake pad", "brake pads", "brake lever", "brake caliper"], allOf: [BICYCLE_WORDS], unless: [...MOTORCYCLE_WORDS, ...MOTOR_VEHICLE_WORDS] }, "871494"),
      to({ words: TWO_WHEELER_PARTS, allOf: [BICYCLE_WORDS], unless: [...MOTORCYCLE_WORDS, ...MOTOR_VEHICLE_WORDS] }, "871499"),
      to({ words: ["bumper", "bumpers", "bumper guard", "bumper cover", "bumper lip", "front lip"] }, "870810"),
      to({ words: ["seat belt", "seat belts", "seatbelt"] }, "870821"),
      to({ words: ["windshield", "windscreen", "rear window glass", "car window"] }, "870822"),
      to({ words: ["brake", "brakes", "abs pump", "handbrake", "parking brake"] }, "870830"),
      to({ words: ["gearbox", "transmission", "cvt"] }, "870840"),
      to({ words: ["differential", "axle", "axles", "drive axle", "cv axle", "half shaft", "cv joint", "driveshaft"] }, "870850"),
      // Rims and spokes of a bicycle are parts of the cycles of 8712 (8714.92), not of the motor vehicles of 8701–8705.
      to({ words: ["rims", "rim", "wheel rim", "wheel rims", "spokes"], allOf: [["bicycle", "bicycles", "bike", "bikes", "cycling", "mtb"]], unless: ["motorcycle", "motorbike", "car", "truck"] }, "871492"),
      to({ words: ["wheel", "wheels", "alloy wheel", "rims", "rim", "hubcap", "hubcaps", "wheel spacer", "wheel spacers", "valve caps", "center cap", "wheel hub", "hub assembly", "wheel bearing"] }, "870870"),
      // Tie rods and their ends are parts of the steering (8708.94), not of the suspension.
      to({ words: ["tie rod", "tie rods", "tie rod end", "tie rod ends", "drag link", "steering rack", "rack end"] }, "870894"),
      to({ words: ["shock", "shocks", "struts", "strut", "coilover", "coilovers", "suspension", "lowering springs", "coil spring", "air spring", "air bag suspension", "leaf spring", "ball joint", "control arm", "wishbone", "sway bar", "stabilizer link", "bushing"] }, "870880"),
      to({ words: ["radiator", "radiator hose", "coolant reservoir", "expansion tank", "intercooler", "oil cooler"] }, "870891"),
      to({ words: ["exhaust", "muffler", "silencer", "downpipe", "headers", "resonator"] }, "870892"),
      to({ words: ["clutch"] }, "870893"),
      // A power steering pump is a pump of 8413 (hydraulic, rotary positive displacement), which Section XVII note 2(e)
      // keeps out of the vehicle parts heading.
      to({ words: ["power steering pump", "power steering pumps"] }, "841360"),
      to({ words: ["steering wheel", "steering wheels", "steering column", "steering rack", "steering box", "power steering"] }, "870894"),
      to({ words: ["airbag", "airbags", "air bag", "airbag module"] }, "870895"),
      to({ words: ["grille", "bonnet", "hood", "fender", "fenders", "mudguard", "mud flap", "mud flaps", "splash guard", "fender flares", "wheel arch", "door handle", "car door", "tailgate", "trunk lid", "sun visor", "window regulator", "sunroof", "roof rack", "roof rails", "roof box", "cargo box", "crossbars", "roof bars", "dashboard", "dash cover", "dash mat", "center console", "cup holder", "armrest", "headrest", "door seal", "weatherstrip", "window visor", "rain guard", "wind deflector", "door sill", "door edge", "spoiler", "body kit", "side skirts", "diffuser", "splitter", "hood scoop", "skid plate", "underbody", "fuel door", "grab handle", "emblem", "badge", "logo", "license plate bracket", "floor mats", "car mats", "car mat", "trunk mat", "boot liner", "cargo liner", "pedal pads", "pedal covers"] }, "870829"),
      to({}, "870899"),
    ],
    decisive: ["use", "material"],
    note: "parts and accessories of motor vehicles → 8708 (bumpers 870810, seat belts 870821, windscreens 870822, other body parts 870829, brakes 870830, gearboxes 870840, axles 870850, wheels 870870, suspension 870880, radiators 870891, exhausts 870892, clutches 870893, steering 870894, airbags 870895, other 870899); vehicle seats 940120; rubber mats 4016",
  }),
  e("motorcycle|motorcycles|motorbike|motorbikes|moped|mopeds|scooter motor|motor scooter|gas scooter|petrol scooter|dirt bike|pit bike|off road motorcycle|enduro bike|sport bike|cruiser motorcycle|chopper motorcycle|electric motorcycle|electric motorbike|electric scooter|e-scooter|escooter|electric kick scooter|electric moped|e-bike|ebike|electric bike|electric bicycle|pedelec|fat tire ebike|folding ebike|electric tricycle|e-trike|electric unicycle|onewheel|electric skateboard|hoverboard|self balancing scooter|segway|mobility scooter|electric wheelchair|power wheelchair", "8711", {
    splits: [
      to({ isPart: true, words: ["bicycle", "bike", "cycling", "mtb"] }, "871499"),
      to({ isPart: true }, "871410"),
      to({ words: ["mobility scooter", "electric wheelchair", "power wheelchair"] }, "871390"),
      to({ words: ["hoverboard", "self balancing", "segway", "electric unicycle", "onewheel", "electric skateboard"] }, "871160"),
      to({ words: ["electric", "e-scooter", "escooter", "e-bike", "ebike", "pedelec", "e-trike"] }, "871160"),
      to({ power: ["electric", "battery"] }, "871160"),
      to({ words: ["50cc", "49cc", "moped", "mopeds"] }, "871110"),
      to({ words: ["125cc", "150cc", "200cc", "250cc", "110cc", "dirt bike", "pit bike"] }, "871120"),
      to({ words: ["300cc", "400cc", "500cc"] }, "871130"),
      to({ words: ["600cc", "650cc", "750cc", "800cc"] }, "871140"),
      to({ words: ["1000cc", "1200cc", "cruiser", "1300cc"] }, "871150"),
    ],
    decisive: ["power"], note: "motorcycles and cycles with auxiliary motor → 8711 by engine capacity (≤ 50 cc 871110 … > 800 cc 871150), electric 871160",
  }),
  e("motorcycle accessories|motorcycle part|motorcycle mirror|motorcycle handlebar|motorcycle grips|motorcycle seat|motorcycle exhaust|motorcycle muffler|motorcycle brake pads|motorcycle brake lever|clutch lever|brake lever motorcycle|motorcycle footpegs|foot pegs|motorcycle fairing|fairing kit|motorcycle windshield|motorcycle fender|motorcycle frame|motorcycle wheel|motorcycle rim|motorcycle sprocket|motorcycle chain guard|motorcycle crash bar|crash bars|engine guard|motorcycle luggage rack|sissy bar|motorcycle phone mount|handlebar phone mount|motorcycle kickstand|kickstand|side stand|center stand|scooter mirror|motorcycle mirrors|bar end mirror|motorcycle seat cover|motorcycle backrest|motorcycle top case bracket|motorcycle tail rack|rear luggage rack motorcycle|motorcycle handguards|hand guards motorcycle|motorcycle brake disc|motorcycle brake caliper|motorcycle clutch|motorcycle shock absorber|motorcycle fork|motorcycle radiator|motorcycle fuel tank|motorcycle license plate holder|scooter controller|scooter charger|scooter tire", "8714", {
    splits: [
      to({ words: ["scooter charger"] }, "850440"),
      // A kickstand, lever or grip named for a pedal bicycle is a part of the cycles of 8712 (8714.9x), not of 8711.
      to({ words: ["brake lever", "brake levers"], allOf: [BICYCLE_ONLY_WORDS], unless: MOTORCYCLE_WORDS }, "871494"),
      to({ allOf: [BICYCLE_ONLY_WORDS], unless: MOTORCYCLE_WORDS }, "871499"),
      to({ words: ["scooter tire", "motorcycle tire"] }, "401140"),
      to({ words: ["scooter controller"] }, "850440"),
      to({ words: ["motorcycle sprocket"] }, "871410"),
      to({ words: ["motorcycle mirror", "scooter mirror", "motorcycle mirrors", "bar end mirror"] }, "700910"),
      to({ words: ["motorcycle phone mount", "handlebar phone mount"], material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "zinc"] }, "830230"),
      to({ words: ["motorcycle phone mount", "handlebar phone mount"] }, "392690"),
      to({}, "871410"),
    ],
    note: "parts and accessories of motorcycles and mopeds → 871410 (incl. e-scooter parts of 8711)",
  }),
  e("bicycle|bicycles|bike|bikes|road bike|mountain bike|mtb|hybrid bike|gravel bike|city bike|commuter bike|folding bike|folding bicycle|fixed gear bike|fixie|bmx|bmx bike|cruiser bike|beach cruiser|kids bike|children's bicycle|balance bike|tandem bicycle|cargo bike|tricycle adult|adult tricycle|recumbent bike|unicycle|fat bike|single speed bike", "8712", {
    splits: [
      to({ isPart: true }, "871499"),
      to({ words: ["balance bike", "kids bike", "children's bicycle", "tricycle kids", "kids tricycle"], age: ["child", "baby"] }, "950300"),
      to({ power: ["electric", "battery"] }, "871160"),
      to({ words: ["exercise bike", "stationary bike", "spin bike", "indoor bike"] }, "950691"),
      to({}, "871200"),
    ],
    note: "bicycles and other cycles, not motorised → 871200; children's wheeled toys (balance bikes, toddler tricycles) 9503; e-bikes 871160",
  }),
  e("bike accessories|bicycle accessories|bike frame|bicycle frame|frameset|bike fork|bicycle fork|suspension fork|bike rim|bicycle rim|bike wheel|bicycle wheel|wheelset|bike spokes|spokes|bike hub|bicycle hub|freewheel|freehub|cassette bike|bike cassette|bike brakes|bicycle brakes|disc brake bike|brake caliper bike|v brake|brake lever bike|bike brake pads|brake pads bike|bike saddle|bicycle saddle|bike seat|bicycle seat|saddle cover|seatpost|seat post|bike pedals|bicycle pedals|clipless pedals|flat pedals|platform pedals|mtb pedals|bmx pedals|mountain bike pedals|road bike pedals|spd pedals|crankset|crank arm|chainring|bottom bracket|derailleur|rear derailleur|front derailleur|shifter bike|bike shifter|bike handlebar|handlebar|handlebars|bike stem|stem bike|handlebar grips|bike grips|handlebar tape|bar tape|bike mudguard|bicycle mudguard|bike fender|kickstand bike|bike kickstand|bike stand kickstand|bike basket front|bike rack rear|bicycle carrier rack|rear rack|pannier rack|bike mirror|bicycle mirror|bike computer|cycling computer|bike speedometer|bike bottle cage|bottle cage|water bottle holder bike|bike phone holder|bike phone mount|bicycle phone holder|child bike seat|bike trailer|bicycle trailer|child bike trailer|training wheels|stabilizers bike|bike trainer|turbo trainer|bike tube|inner tube bike|bike tire|bike tyre", "8714", {
    splits: [
      to({ words: ["bike tube", "inner tube"] }, "401320"),
      to({ words: ["bike tire", "bicycle tire", "bike tyre"] }, "401150"),
      to({ words: ["bike computer", "cycling computer", "bike speedometer"] }, "902910"),
      to({ words: ["bike trailer", "bicycle trailer", "child bike trailer"] }, "871640"),
      to({ words: ["bike trainer", "turbo trainer"] }, "950691"),
      // Grips, levers and other parts named alike for both, named for a motorcycle or scooter, are of 8714.10.
      to({ allOf: [MOTORCYCLE_WORDS], unless: BICYCLE_ONLY_WORDS }, "871410"),
      to({ words: ["frame", "frameset", "fork", "suspension fork"] }, "871491"),
      to({ words: ["rim", "rims", "wheel", "wheels", "wheelset", "spokes"] }, "871492"),
      to({ words: ["hub", "freewheel", "freehub"] }, "871493"),
      to({ words: ["brake", "brakes", "v brake", "brake lever", "brake pads"] }, "871494"),
      to({ words: ["saddle", "seat"] }, "871495"),
      to({ words: ["pedals", "pedal", "crankset", "crank", "chainring", "bottom bracket"] }, "871496"),
      to({}, "871499"),
    ],
    note: "parts and accessories of bicycles → 8714 9x (frames/forks 871491, rims/spokes 871492, hubs 871493, brakes 871494, saddles 871495, pedals/cranks 871496, other 871499); tyres 4011, tubes 4013",
  }),
  e("wheelchair|wheelchairs|manual wheelchair|folding wheelchair|transport wheelchair|wheelchair cushion|wheelchair wheels", "8713", {
    splits: [to({ power: ["electric", "battery"] }, "871390"), to({ isPart: true }, "871420"), to({ words: ["cushion", "wheels"] }, "871420"), to({}, "871310")],
    note: "carriages for disabled persons: not mechanically propelled 871310, other 871390; parts 871420",
  }),
  e("stroller|strollers|pram|prams|pushchair|pushchairs|baby stroller|baby pram|buggy baby|travel system stroller|jogging stroller|double stroller|umbrella stroller|lightweight stroller|pet stroller|dog stroller|stroller canopy|stroller wheels|carrycot|bassinet stroller", "871500", {
    splits: [to({ words: ["pet stroller", "dog stroller"] }, "871680"), to({ words: ["doll stroller", "toy stroller"] }, "950300")],
    note: "baby carriages and parts → 871500; pet strollers 871680; doll prams 9503",
  }),
  e("trailer|trailers|car trailer|utility trailer|cargo trailer|box trailer|boat trailer|horse trailer|camper trailer|caravan|travel trailer|camping trailer|teardrop trailer|tanker trailer|semi-trailer|semi trailer|flatbed trailer|agricultural trailer|tipping trailer|hand cart|handcart|push cart|pushcart|utility cart|garden cart|wagon cart|folding wagon|collapsible wagon|beach wagon|beach cart|shopping cart|shopping trolley|trolley cart|platform trolley|platform truck|hand trolley|wheelbarrow|wheelbarrows|wheel barrow|garden trolley|tool cart|service cart|utility trolley|kitchen trolley|serving cart|bar cart|laundry cart|luggage trolley|trailer jack|jockey wheel|trailer coupling|trailer axle|trailer light board", "8716", {
    splits: [
      to({ isPart: true }, "871690"),
      to({ words: ["caravan", "travel trailer", "camper trailer", "camping trailer", "teardrop"] }, "871610"),
      to({ words: ["agricultural", "tipping trailer"] }, "871620"),
      to({ words: ["tanker"] }, "871631"),
      to({ words: ["semi-trailer", "semi trailer", "flatbed"] }, "871639"),
      to({ words: ["trailer", "trailers", "car trailer", "utility trailer", "cargo trailer", "box trailer", "boat trailer", "horse trailer"] }, "871640"),
      to({ words: ["serving cart", "bar cart", "kitchen trolley"], material: ["wood"] }, "9403"),
      to({ words: ["trailer jack", "jockey wheel", "trailer coupling", "trailer axle", "trailer light board"] }, "871690"),
      to({}, "871680"),
    ],
    note: "trailers and semi-trailers 87161x–87164x; other vehicles not mechanically propelled (hand carts, wheelbarrows, trolleys, wagons) 871680",
  }),
  e("drone|drones|quadcopter|camera drone|fpv drone|gps drone|mini drone|racing drone|agricultural drone|spraying drone|delivery drone|uav|unmanned aerial vehicle|unmanned aircraft|drone with camera|foldable drone", "8806", {
    splits: [
      to({ isPart: true }, "880730"),
      to({ words: ["toy drone", "kids drone", "mini drone"], use: ["toy"] }, "950300"),
      to({ words: ["agricultural", "spraying", "delivery"] }, "880623"),
      to({ words: ["mini", "under 250g", "249g", "250g"] }, "880621"),
      to({}, "880622"),
    ],
    note: "unmanned aircraft → 8806 by maximum take-off weight (≤ 250 g 880621, 250 g–7 kg 880622, 7–25 kg 880623); toy drones 9503",
  }),
  e("drone propellers|drone propeller|propeller guard|drone battery charger|drone landing gear|drone frame|drone arm|drone gimbal|drone accessories", "8807", {
    // A guard around the propellers protects them; it is no propeller or rotor (8807.10) but another part (8807.30).
    splits: [
      to({ words: ["propeller", "propellers"], unless: ["propeller guard", "propeller guards", "prop guard", "prop guards", "propeller protector"] }, "880710"),
      to({ words: ["landing gear", "landing legs", "landing skid"] }, "880720"),
      to({}, "880730"),
    ],
    note: "parts of aircraft and unmanned aircraft → 8807 (propellers and rotors 880710, other 880730)",
  }),
  e("aircraft|airplane|aeroplane|helicopter|glider|hang glider|paraglider|paramotor|hot air balloon|airship|ultralight aircraft|light aircraft|gyrocopter|parachute|parachutes|paragliding wing|aircraft seat", "8802", {
    splits: [
      to({ words: ["glider", "hang glider", "paraglider", "paragliding", "hot air balloon", "airship"] }, "8801"),
      to({ words: ["parachute", "parachutes"] }, "880400"),
      to({ words: ["aircraft seat"] }, "940110"),
      to({ isPart: true }, "8807"),
      to({ words: ["helicopter"] }, "880211"),
    ],
    note: "aircraft 8802; gliders, balloons 8801; parachutes 8804; parts 8807",
  }),
  e("boat|boats|yacht|yachts|sailboat|sailing boat|sailing yacht|catamaran|motorboat|motor boat|speedboat|speed boat|fishing boat|pontoon boat|rowing boat|rowboat|dinghy|inflatable boat|inflatable dinghy|rib boat|kayak|kayaks|fishing kayak|inflatable kayak|sit on top kayak|canoe|canoes|paddle board|stand up paddle board|sup board|paddleboard|inflatable paddle board|isup|pedal boat|jet ski|jetski|personal watercraft|water scooter|cargo ship|tug boat|tugboat|barge|ferry|fishing vessel|trawler", "8903", {
    splits: [
      to({ words: ["paddle board", "stand up paddle", "sup board", "paddleboard", "isup"] }, "950629"),
      // Inflatable pleasure boats (unladen weight ≤ 100 kg as sold): fitted or designed for a motor 8903.11, else 8903.12.
      to({ words: ["inflatable", "rib"], allOf: [["outboard", "engine", "motor mount", "transom", "rib"]] }, "890311"),
      to({ words: ["inflatable"] }, "890312"),
      to({ words: ["sailboat", "sailing", "yacht", "catamaran"] }, "890321"),
      to({ words: ["motorboat", "motor boat", "speedboat", "speed boat", "jet ski", "jetski", "personal watercraft", "pontoon"] }, "890331"),
      to({ words: ["cargo ship", "tug", "barge", "ferry", "ship", "vessel"] }, "8901"),
      to({ words: ["fishing vessel", "trawler"] }, "8902"),
      to({ words: ["water scooter", "sea scooter", "underwater scooter"] }, "950629"),
      to({}, "890393"),
    ],
    note: "pleasure and sports vessels → 8903 (inflatable 89031x: for a motor 890311, other 890312, sailboats 89032x, motorboats 89033x, other incl. kayaks/canoes 89039x); SUP boards 950629",
  }),
  e("kayak paddle|canoe paddle|boat paddle|oar|oars|sup paddle|paddle oar|boat fender|dock fender|boat cleat|dock cleat|boat hook|boat ladder|boat seat|marine hardware|boat steering wheel|bilge|boat anchor line|mooring buoy|buoy|buoys|navigation buoy|life raft|liferaft", "8907", {
    splits: [
      to({ words: ["paddle", "oar", "oars"] }, "950629"),
      to({ words: ["fender"], material: ["plastic", "rubber"] }, "401699"),
      to({ words: ["cleat", "boat hook", "marine hardware"], material: ["stainless_steel", "iron_steel"] }, "732690"),
      to({ words: ["cleat", "boat hook", "marine hardware"], material: ["aluminium"] }, "761699"),
      to({ words: ["boat seat"] }, "940180"),
      to({ words: ["boat steering wheel"] }, "848790"),
      to({ words: ["life raft", "liferaft"] }, "890790"),
      to({ words: ["buoy", "buoys", "mooring buoy", "navigation buoy"] }, "890790"),
    ],
    note: "floating structures (buoys, rafts) 8907; paddles 950629; boat hardware by material",
  }),
  e("tire|tires|tyre|tyres|car tire|car tires|car tyre|car tyres|truck tire|truck tyre|suv tire|all season tires|winter tires|snow tires|summer tires|off road tires|run flat tires|motorcycle tire|motorcycle tyre|scooter tyre|bicycle tyre|atv tire|tractor tire|agricultural tyre|forklift tire|solid tire|wheelbarrow tire|retreaded tyre|used tires|used tyres|inner tube|inner tubes|tube tyre|tire tube|tubeless tire|tire liner|tyre flap", "4011", {
    splits: [
      to({ words: ["inner tube", "inner tubes", "tire tube", "tube tyre"] }, "4013"),
      to({ words: ["used tires", "used tyres", "used tire", "used tyre"] }, "401220"),
      to({ words: RETREADED, allOf: [["truck", "bus", "lorry"]] }, "401212"),
      to({ words: RETREADED, allOf: [["aircraft", "airplane", "aeroplane"]] }, "401213"),
      to({ words: RETREADED, allOf: [["car", "cars", "passenger", "suv"]] }, "401211"),
      to({ words: RETREADED, allOf: [[...EARTHMOVING, "tractor", "agricultural", "motorcycle", "atv"]] }, "401219"),
      to({ words: RETREADED }, "4012"),
      to({ words: ["solid tire", "wheelbarrow", "forklift", "tyre flap", "tire liner"] }, "4012"),
      to({ words: ["aircraft", "airplane", "aeroplane"] }, "401130"),
      to({ words: EARTHMOVING }, "401180"),
      to({ words: ["truck", "bus", "lorry"] }, "401120"),
      to({ words: ["motorcycle", "scooter"] }, "401140"),
      to({ words: ["bicycle", "bike"] }, "401150"),
      to({ words: ["tractor", "agricultural", "atv"] }, "401170"),
      to({}, "401110"),
    ],
    note: "new pneumatic rubber tyres → 4011 (cars 401110, buses/lorries 401120, aircraft 401130, motorcycles 401140, bicycles 401150, agricultural 401170, construction/mining/industrial handling 401180); retreaded by the vehicle they fit (4012 1x), used 401220, solid 4012; inner tubes 4013",
  }),
  e("cigarette lighter cover|cigarette lighter socket cover|lighter socket cover|car socket cover|12v socket cover|power socket cover car", "392690", {
    splits: [to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "zinc"] }, "830230")],
    decisive: ["material"], note: "dust caps for car cigarette-lighter sockets: plastics 392690, base-metal fittings for motor vehicles 830230",
  }),
  e("car wash mitt|wash mitt|microfiber wash mitt|microfiber mitt|microfibre mitt|cleaning mitt|dusting mitt|duster mitt|chenille wash mitt|car drying towel|drying towel car|car wash towel|detailing towel", "630710", {
    splits: [to({ material: ["leather"] }, "4205")],
    note: "textile car-wash mitts and drying/detailing cloths → cleaning cloths 630710",
  }),
  e("detailing brush|car detailing brush|tyre brush|rim brush|wheel rim brush|car wash brush head|car cleaning brush", "960390", {
    note: "car-cleaning brushes → 960390",
  }),
];
