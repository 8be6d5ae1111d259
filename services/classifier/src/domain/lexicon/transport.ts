/**
 * Section XVII — railway and tramway rolling stock and track fixtures (ch. 86), vehicle parts and
 * accessories named by traders (ch. 87), aircraft, drones and their parts (ch. 88), ships and
 * floating structures (ch. 89). Parts and accessories are classified with the vehicle only when
 * suitable solely or principally for it and not excluded by Section XVII note 2 (engines 8407/8408,
 * electrical equipment of ch. 85, instruments of ch. 90, parts of general use of Section XV).
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

export const TRANSPORT: LexiconEntry[] = [
  // ---- chapter 86
  e("railway locomotive|electric locomotive|diesel locomotive|diesel electric locomotive|shunting locomotive|shunter|locomotive tender|battery locomotive|mining locomotive|self-propelled railcar|railway railcar|multiple unit train|emu train|dmu train|metro train|subway car|tram car|tramcar|light rail vehicle|monorail car|rail maintenance vehicle|track maintenance vehicle|tamping machine railway|ballast regulator|rail inspection vehicle|railway crane|passenger coach railway|railway carriage|sleeping car|dining car|baggage car|freight wagon|freight car|goods wagon|railway wagon covered|box wagon|boxcar|tank wagon|tank car rail|hopper wagon|hopper car|flat wagon|flatcar|gondola wagon|container wagon|mine car|mine cart|rail trolley|draisine|handcar", "860699", {
    splits: [
      to({ words: ["electric locomotive"] }, "860110"),
      to({ words: ["battery locomotive", "mining locomotive"] }, "860120"),
      to({ words: ["diesel locomotive", "diesel electric"] }, "860210"),
      to({ words: ["shunting", "shunter", "locomotive tender"] }, "860290"),
      to({ words: ["self-propelled railcar", "railway railcar", "multiple unit", "emu", "metro train", "subway car", "tram car", "tramcar", "light rail", "monorail"] }, "860310"),
      to({ words: ["maintenance vehicle", "tamping", "ballast regulator", "inspection vehicle", "railway crane", "draisine", "handcar", "rail trolley"] }, "860400"),
      to({ words: ["passenger coach", "railway carriage", "sleeping car", "dining car", "baggage car"] }, "860500"),
      to({ words: ["tank wagon", "tank car"] }, "860610"),
      to({ words: ["hopper"] }, "860630"),
      to({ words: ["covered", "box wagon", "boxcar"] }, "860691"),
      to({ words: ["open wagon", "gondola"] }, "860692"),
    ],
    note: "rail locomotives 8601/8602, self-propelled coaches 8603, service vehicles 8604, passenger coaches 8605, freight wagons 8606 (tank 860610, self-discharging 860630, covered 860691, open high-sided 860692, other 860699)",
  }),
  e("bogie|railway bogie|bissel bogie|rail wheel|railway wheel|railway wheelset|railway axle|rail axle|railway brake|air brake railway|brake block railway|brake shoe railway|railway coupler|railway coupling|automatic coupler|coupler knuckle|draft gear|draw gear|railway buffer|buffer rail|pantograph railway|train seat|railway seat|train door|railway spare part|rolling stock part|railway spare", "860799", {
    splits: [
      to({ words: ["bogie", "bogies"], power: ["electric"] }, "860711"),
      to({ words: ["bissel", "bogie", "bogies"] }, "860712"),
      to({ words: ["wheel", "wheelset", "axle"] }, "860719"),
      to({ words: ["brake", "air brake", "brake block", "brake shoe"] }, "860721"),
      to({ words: ["coupler", "coupling", "knuckle", "draft gear", "draw gear", "buffer"] }, "860730"),
      to({ words: ["locomotive"] }, "860791"),
      to({ words: ["train seat", "railway seat"] }, "940180"),
    ],
    note: "parts of railway or tramway rolling stock → 8607 (bogies 86071x, axles and wheels 860719, brakes 86072x, hooks, couplers and buffers 860730, other parts of locomotives 860791, other 860799)",
  }),
  e("railway track fixture|track fixture|rail fastening system|rail clip|rail clamp|fish plate|fishplate|rail joint bar|railway sleeper|railroad tie|rail chair|railway switch|turnout|rail frog|points railway|railway signalling equipment|level crossing barrier|railroad crossing gate|signal box|interlocking railway|train control system|pedestrian signal|road traffic control|parking barrier|boom barrier|barrier gate|toll gate barrier|airport lighting control", "860800", {
    splits: [
      to({ words: ["rail clip", "rail clamp", "fish plate", "fishplate", "joint bar", "rail chair", "rail fastening"], material: ["iron_steel"] }, "730290"),
      to({ words: ["railway sleeper", "railroad tie"], material: ["wood"] }, "440611"),
      to({ words: ["railway sleeper", "railroad tie"], material: ["stone"] }, "681099"),
      to({ words: ["railway sleeper", "railroad tie", "rail clip", "fish plate", "fishplate", "joint bar", "rail chair"] }, "7302"),
      to({ words: ["traffic light", "traffic lights", "traffic signal", "pedestrian signal"] }, "853010"),
      to({ words: ["parking barrier", "boom barrier", "barrier gate", "toll gate"] }, "853080"),
    ],
    note: "railway or tramway track fixtures and mechanical signalling, safety or traffic control equipment 860800; electrical signalling and traffic control equipment 8530 (railways 853010, other 853080); steel rails, sleepers and fishplates 7302",
  }),
  // ---- chapter 87 odds
  e("fuel regulator|gas fuel regulator|lpg regulator engine|cng regulator|lpg vaporizer|cng reducer|lpg reducer|gas conversion kit|lpg conversion kit|cng conversion kit|fuel shut off valve|fuel check valve|fuel valve|petcock|fuel tap|fuel cock", "848180", {
    splits: [to({ words: ["check valve"] }, "848130"), to({ words: ["conversion kit"] }, "870899")],
    note: "fuel and gas regulators, shut-off valves and petcocks are valves of 8481 (Section XVII note 2(e): machines and mechanical appliances of 8481 are not vehicle parts); complete gas conversion kits are vehicle parts 870899",
  }),
  e("strut mount|top mount|strut bearing|fan clutch|viscous fan clutch|door lock actuator|central locking actuator|central locking kit|door latch car|tailgate latch|hood latch|bonnet latch|trunk latch|door hinge car|car door hinge|window switch car|power window switch|mirror switch|headlight switch car|combination switch|turn signal switch|steering column switch|spiral cable airbag|horn button|car horn relay|fuse box car|relay box car|transmission mount|gearbox mount|subframe|crossmember|radiator support|bumper bracket|bumper reinforcement|fender liner|wheel arch liner|splash shield|underbody shield|skid plate car|tow eye cover|mud guard car|running board|side step|nerf bar|bull bar|roll bar|roll cage|snorkel car|cold air intake kit|intake pipe|air intake hose|intercooler pipe|boost pipe|radiator cap|brake pipe|oil cooler line|ac hose car|ac condenser|car ac condenser|evaporator core|heater core|blower motor resistor|expansion valve car|ac compressor car|gear shift boot|shift boot|handbrake cover|car key|remote car key|smart key|car key fob|key fob car|car remote key|flip key|car key shell|key case car", "870899", {
    splits: [
      to({ words: ["door lock actuator", "central locking actuator"] }, "830120"),
      to({ words: ["central locking kit"] }, "830120"),
      to({ words: ["door latch car", "tailgate latch", "hood latch", "bonnet latch", "trunk latch"] }, "830120"),
      to({ words: ["door hinge"] }, "830210"),
      to({ words: ["window switch", "power window switch", "mirror switch", "headlight switch", "combination switch", "turn signal switch", "steering column switch", "horn button"] }, "853650"),
      to({ words: ["clock spring", "spiral cable"] }, "870895"),
      to({ words: ["car horn relay"] }, "853649"),
      to({ words: ["fuse box car", "relay box car"] }, "853710"),
      to({ words: ["strut mount", "top mount", "shock mount", "strut bearing"] }, "870880"),
      to({ words: ["fan clutch"] }, "870891"),
      to({ words: ["engine mount bracket", "transmission mount", "gearbox mount"] }, "870899"),
      to({ words: ["subframe", "crossmember", "radiator support", "bumper bracket", "bumper reinforcement", "fender liner", "wheel arch liner", "splash shield", "engine cover", "underbody shield", "skid plate", "license plate frame", "number plate holder", "emblem", "badge", "mud guard", "running board", "side step", "nerf bar", "bull bar", "roll bar", "roll cage"] }, "870829"),
      to({ words: ["radiator cap", "coolant hose", "heater hose"] }, "870891"),
      to({ words: ["fuel line", "fuel hose", "brake line", "brake pipe", "oil cooler line", "ac hose", "intake pipe", "air intake hose", "turbo hose", "intercooler pipe", "boost pipe"], material: ["rubber"] }, "400931"),
      to({ words: ["brake line", "brake pipe"] }, "870830"),
      to({ words: ["ac condenser", "evaporator core", "expansion valve car"] }, "841590"),
      to({ words: ["heater core"] }, "870891"),
      to({ words: ["ac compressor car"] }, "841430"),
      to({ words: ["blower motor resistor"] }, "853310"),
      to({ words: ["seat cover", "seat covers", "steering wheel cover", "gear shift boot", "shift boot", "handbrake cover", "seat belt cover", "headrest cover"], material: ["leather", "composition_leather"] }, "420500"),
      to({ words: ["seat cover", "seat covers", "steering wheel cover", "headrest cover", "seat belt cover"], material: ["plastic"] }, "392690"),
      to({ words: ["seat cover", "seat covers", "steering wheel cover", "headrest cover", "seat belt cover"] }, "630790"),
      to({ words: ["car key blank", "key blank"] }, "830170"),
      to({ words: ["key shell", "key fob shell", "key fob cover", "key case"], material: ["leather", "composition_leather"] }, "420232"),
      to({ words: ["key shell", "key fob shell", "key fob cover", "key case"], material: ["plastic", "rubber"] }, "392690"),
      to({ words: ["key shell", "key fob shell"] }, "392690"),
      to({ words: ["car key", "car keys", "remote car key", "smart key", "key fob", "car remote key", "flip key"] }, "852692"),
    ],
    note: "parts and accessories of motor vehicles 8708 (body 870829, suspension 870880, radiators and cooling 870891); vehicle locks and actuators 830120 and hinges 8302 (Section XVII note 2(c)); switches and relays 8536, air-conditioning parts 841590, remote keys with a radio transmitter 852692; seat and wheel covers by material",
  }),
  e("rim|steel rim|aluminum rim|aluminium rim|forged wheel|wheel center cap|rim lock|tubeless valve|tire valve stem|valve stem cap|wheel weight|balance weight|tire plug kit|tire sealant|spare tire cover|wheel trims|hub caps", "870870", {
    splits: [
      to({ words: ["bike", "bicycle", "cycling", "mtb"] }, "871492"),
      to({ words: ["motorcycle", "motorbike", "scooter", "dirt bike"] }, "871410"),
      to({ words: ["tubeless valve", "tire valve", "tyre valve", "valve stem"] }, "848180"),
      to({ words: ["wheel weight", "wheel weights", "balance weight"], material: ["lead"] }, "780600"),
      to({ words: ["tire sealant"] }, "350699"),
      to({ words: ["tire repair kit", "tyre repair kit", "tire plug kit"] }, "401699"),
      to({ words: ["spare wheel cover", "spare tire cover"], material: ["textile", "synthetic", "leather", "composition_leather"] }, "630790"),
    ],
    note: "road wheels and parts and accessories thereof 870870 (bicycles 871492, motorcycles 871410); tyre valves 8481 (Section XVII note 2(e)); repair kits by their contents",
  }),
  e("propeller|prop blade|boat prop|stainless propeller|jet ski impeller|aircraft propeller|rc propeller|drone props|drone propellers replacement|rotor blade|helicopter rotor|main rotor blade|tail rotor", "848710", {
    splits: [
      to({ words: ["drone", "quadcopter", "fpv", "aircraft", "helicopter", "rotor", "airplane", "uav"] }, "880710"),
      to({ words: ["rc", "toy"] }, "950300"),
      to({ words: ["jet ski impeller"] }, "841391"),
    ],
    note: "ships' or boats' propellers and blades 848710; propellers and rotors of aircraft and unmanned aircraft 880710; toy propellers 9503",
  }),
  // ---- chapter 88
  e("landing gear|undercarriage aircraft|aircraft wheel|aircraft brake|aircraft tire|aircraft engine nacelle|aircraft fuselage|fuselage|aircraft wing|wing flap|aileron|rudder aircraft|elevator aircraft|aircraft seat belt|aircraft door|aircraft window|cockpit|aircraft interior panel|galley cart|airline trolley|aircraft lavatory|aircraft part|aircraft component|aerospace part|aerospace component|helicopter part|uav part|drone motor mount|drone body|drone shell|drone landing skid|drone camera mount|flight controller|drone flight controller|fpv flight controller", "880730", {
    splits: [
      to({ words: ["landing gear", "undercarriage", "aircraft wheel", "aircraft brake", "landing skid"] }, "880720"),
      to({ words: ["aircraft tire"] }, "401130"),
      to({ words: ["galley cart", "airline trolley"] }, "880730"),
      to({ words: ["flight controller"] }, "880730"),
    ],
    note: "parts of aircraft and unmanned aircraft → 8807 (propellers and rotors 880710, under-carriages 880720, other parts of aeroplanes, helicopters or UAVs 880730, other 880790); aircraft tyres 4011",
  }),
  e("gas balloon|weather balloon|blimp|sailplane|paramotor wing|kite surfing kite|flight simulator|aircraft simulator|flight training simulator|aircraft catapult|launching gear|arrester hook|deck arrester|aircraft tow bar|ground support equipment|aircraft tug|baggage tractor airport|passenger stairs|airstair", "880100", {
    splits: [
      to({ words: ["weather balloon"] }, "880100"),
      to({ words: ["kite surfing", "kitesurf"] }, "950629"),
      to({ words: ["flight simulator", "aircraft simulator", "flight training simulator"] }, "880529"),
      to({ words: ["catapult", "launching gear", "arrester", "deck arrester"] }, "880510"),
      to({ words: ["aircraft tow bar", "ground support", "passenger stairs", "airstair"] }, "880790"),
      to({ words: ["aircraft tug", "baggage tractor"] }, "870919"),
    ],
    note: "balloons, dirigibles, gliders and hang gliders 880100; flight simulators 88052x; launching gear and deck-arrestors 880510; airport ground tractors 8709",
  }),
  // ---- chapter 89
  e("cruise ship|passenger ship|ferry boat|passenger vessel|container ship|bulk carrier|tanker ship|oil tanker|chemical tanker|lng carrier|ro-ro ship|reefer vessel|fishing trawler|factory ship|tug|pusher boat|dredger|dredging vessel|floating crane|floating dock|drilling ship|drilling platform|offshore platform|jack-up rig|fpso|lightship|fireboat|research vessel|patrol boat|warship|naval vessel|landing craft|pontoon|floating pontoon|floating dock modular|floating platform|jet ski dock|floating jetty|landing stage|houseboat|workboat|pilot boat|vessel for breaking up|ship for scrap", "890190", {
    splits: [
      to({ words: ["cruise ship", "passenger ship", "ferry", "passenger vessel"] }, "890110"),
      to({ words: ["tanker", "lng carrier", "chemical tanker"] }, "890120"),
      to({ words: ["reefer vessel"] }, "890130"),
      to({ words: ["fishing vessel", "fishing trawler", "trawler", "factory ship"] }, "890200"),
      to({ words: ["tug", "tugboat", "pusher boat"] }, "890400"),
      to({ words: ["dredger", "dredging", "floating crane", "lightship", "fireboat"] }, "890510"),
      to({ words: ["drilling ship", "drilling platform", "offshore platform", "jack-up", "fpso"] }, "890520"),
      to({ words: ["floating dock"] }, "890590"),
      to({ words: ["warship", "naval vessel", "patrol boat", "landing craft"] }, "890610"),
      to({ words: ["research vessel", "pilot boat", "workboat"] }, "890690"),
      to({ words: ["pontoon", "floating pontoon", "floating platform", "jet ski dock", "floating jetty", "landing stage"] }, "890790"),
      to({ words: ["houseboat"] }, "890399"),
      to({ words: ["breaking up", "ship for scrap"] }, "890800"),
    ],
    note: "ships: cruise and ferries 890110, tankers 890120, refrigerated 890130, other cargo 890190; fishing vessels 8902; tugs 8904; dredgers, floating cranes 890510, drilling platforms 890520; warships 890610, other vessels 890690; rafts, pontoons, buoys 8907; vessels for breaking up 8908",
  }),
  e("inflatable boat small|inflatable fishing boat|pvc inflatable boat|rubber dinghy|rubber boat|float tube fishing|belly boat|pedalo|rowing shell|scull|sculling boat|sailing dinghy|optimist dinghy|laser dinghy|trimaran|sailing canoe|bass boat|jon boat|aluminum boat|aluminium boat|fibreglass boat|fiberglass boat|center console boat|bowrider|cabin cruiser|deck boat|wakeboard boat|ski boat|jet boat|waverunner|sea scooter|underwater scooter|electric surfboard|jetboard|efoil|hydrofoil board|foil board", "890399", {
    splits: [
      // Inflatable boats (HS 2022): fitted or designed for a motor 8903.11, not designed for one 8903.12 (both ≤ 100 kg).
      to({ words: ["inflatable", "rubber dinghy", "rubber boat", "float tube", "belly boat"], allOf: [["motor", "outboard", "engine", "transom", "motorized", "motorised"]], unless: ["no motor"] }, "890311"),
      to({ words: ["inflatable", "rubber dinghy", "rubber boat", "float tube", "belly boat"] }, "890312"),
      to({ words: ["sailing", "dinghy", "trimaran", "optimist", "laser dinghy"] }, "890322"),
      to({ words: ["personal watercraft", "jet ski", "jetski", "waverunner", "jet boat", "bass boat", "jon boat", "center console", "bowrider", "cabin cruiser", "deck boat", "wakeboard boat", "ski boat"] }, "890332"),
      to({ words: ["sea scooter", "underwater scooter"] }, "950629"),
      to({ words: ["electric surfboard", "jetboard", "efoil", "hydrofoil board", "foil board"] }, "890399"),
    ],
    note: "yachts and other vessels for pleasure or sports 8903 (inflatable 89031x, sailboats 89032x by length, motorboats 89033x by length, other 89039x incl. rowing boats and canoes); sea scooters are sports equipment 9506",
  }),
];
