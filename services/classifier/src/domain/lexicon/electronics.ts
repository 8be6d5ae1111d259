/**
 * Chapter 85 (with the chapter 90 instruments they are often confused with) — motors and drives,
 * electronics modules, boards and components as marketplaces list them. A module or board is
 * classified by its function (GRI 1 and Section XVI note 3 on composite machines: the principal
 * function): power conversion 850440, switching and protection 8536, control panels 8537,
 * integrated circuits 8542, a module with an individual function 854370, radio/network transceivers
 * 8517 62, sound 8518, display 8524, measuring 9025–9031. Parts go with the machine they are
 * principally for (Section XVI note 2(b)); general-use parts n.e.s. → 8548.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

export const ELECTRONICS: LexiconEntry[] = [
  // "4 Port USB 3.0 Hub … for Laptop … Flash Drive": the hub is the goods, what it connects is named after "for". A USB hub
  // distributes the data connection of an automatic data processing machine: a control or adapter unit (8471.80).
  e("usb 3.0 hub|usb 2.0 hub|usb 3.1 hub|usb 3.2 hub|port usb hub|port hub|usb port hub|usb splitter|usb hub splitter|usb data hub|usb extension hub|type c hub|usb c multiport hub|powered usb hub", "847180", {
    note: "USB hubs and port splitters → control or adapter units 847180",
  }),
  e("motor|motor unit|motor assembly|motor replacement|replacement motor|drive motor|traction motor|linear motor|servomotor|synchronous motor|universal motor|shaded pole motor|capacitor motor|blind motor|window motor|window regulator motor|blower motor|heater blower motor|radiator fan motor|condenser fan motor|washing machine motor|dryer motor|vacuum cleaner motor|mixer motor|sewing motor|treadmill motor|pump motor|130 motor|n20 motor|775 motor|550 motor|motor with gearbox|planetary gear motor", "8501", {
    splits: [
      to({ power: ["combustion"] }, "8407"),
      to({ words: ["outboard"] }, "840721"),
      to({ words: ["hydraulic motor", "orbital motor"] }, "841229"),
      to({ words: ["air motor", "pneumatic motor"] }, "841239"),
      to({ words: ["wiper motor"] }, "851240"),
      to({ words: ["starter motor"] }, "851140"),
      to({ words: ["coreless", "micro dc", "130 motor", "n20", "stepping motor", "nema 17", "nema17", "servomotor", "vibration motor", "tubular motor", "curtain motor", "blind motor"] }, "850110"),
      to({ words: ["ac motor", "single phase", "capacitor motor", "shaded pole", "synchronous", "universal motor", "washing machine motor"] }, "850140"),
      to({ words: ["three phase", "3 phase", "induction"] }, "850152"),
      to({ words: ["nema 23", "nema23", "dc", "12v", "24v", "brushless", "brushed", "775", "550", "gear motor", "worm gear", "planetary", "blower motor", "fan motor", "window motor", "treadmill"] }, "850131"),
      to({}, "8501"),
    ],
    decisive: ["power"],
    note: "electric motors → 8501 (≤ 37.5 W 850110, other DC 85013x by output, AC single-phase 850140, multi-phase 85015x); combustion engines 8407/8408; hydraulic and pneumatic motors 8412; wiper motors 851240 and starters 851140 (Section XVII note 2(f))",
  }),
  e("motor driver|motor driver board|motor controller board|dc motor driver|dc motor controller|brushless motor controller|bldc controller|bldc driver|brushless esc|stepper motor controller|servo driver|servo drive|servo amplifier|ac servo drive|servo controller|pwm motor speed controller|motor speed controller|dc motor speed controller|pwm controller module|h bridge|h-bridge module|frequency inverter|variable speed drive|vsd|ac drive|vfd inverter|soft start module", "850440", {
    splits: [
      to({ words: ["stepper motor controller", "servo controller"] }, "853710"),
      to({ words: ["soft start"] }, "853710"),
    ],
    note: "motor drivers, speed controllers, servo drives and variable-frequency drives convert the supply for the motor: static converters 850440 (WCO opinion on VFDs); programmable motion controllers without power stage are control apparatus 8537",
  }),
  e("dc-dc converter|dc converter|step up module|step-up module|step down converter|buck module|buck boost converter|buck-boost module|boost module|lm2596|xl4015|mt3608|power module dc|ac-dc module|switching power module|constant current module|cc cv module|usb charging module|charging module|lithium charging board|tp4056|bms|protection board battery|active balancer|battery balancer|ups module|mini ups|dc ups|inverter module|inverter board|pure sine wave inverter board|off grid inverter|micro inverter|microinverter|ups power supply|ups battery backup|ups backup power|uninterruptible power supply|online ups|transformer|electrical transformer|power transformer board|audio transformer|led light transformer|light transformer|halogen transformer|electronic transformer|induction coil|choke|common mode choke|toroidal inductor", "850440", {
    splits: [
      to({ words: ["bms", "battery management", "protection board", "battery protection", "balance board", "balancer"] }, "850790"),
      to({ words: ["led transformer", "led light transformer", "light transformer", "lighting transformer", "halogen transformer", "electronic transformer"] }, "850440"),
      to({ words: ["audio transformer"] }, "850431"),
      // Liquid dielectric (oil-immersed) transformers 8504.2x; without a stated power, the smallest (≤ 650 kVA).
      to({ words: ["transformer", "transformers"], allOf: [["liquid dielectric", "oil immersed", "oil-immersed", "oil filled", "oil-filled", "oil cooled", "oil-cooled", "onan"]] }, "850421"),
      to({ words: ["transformer", "transformers", "electrical transformer"] }, "850431"),
      to({ words: ["choke", "common mode", "toroidal inductor", "coil", "coils", "induction coil"] }, "850450"),
      to({ words: ["ups", "uninterruptible"] }, "850440"),
    ],
    note: "static converters (DC-DC, AC-DC modules, chargers, inverters, UPS, LED drivers) 850440; transformers 8504 2x/3x; inductors and chokes 850450; battery-management boards are parts of accumulators 850790",
  }),
  e("control board|main control board|mainboard appliance|pcb control board|control pcb|control module|control unit|electronic control unit|ecu|engine control unit|engine computer|body control module|bcm|transmission control module|tcm|abs control module|airbag control module|hvac control module|climate control module|control panel board|keyboard control panel|display control board|washing machine control board|refrigerator control board|air conditioner control board|ac control board|microwave control board|induction cooker board|oven control board|dishwasher control board|boiler control board|furnace control board|treadmill control board|elevator control board|lift control board|plc module|plc controller|programmable controller|hmi|hmi touch screen|touch panel hmi|operator panel|motion controller|cnc controller|cnc control system|3d printer control board|3d printer mainboard|printer control board|garage door control board|gate control board|access control board|access controller|access control system|door access control", "853710", {
    splits: [
      to({ words: ["ecu", "engine control", "engine computer", "body control", "bcm", "transmission control", "tcm", "abs control", "airbag", "hvac control", "climate control"] }, "853710"),
      to({ words: ["washing machine control"] }, "845090"),
      to({ words: ["refrigerator control"] }, "841899"),
      to({ words: ["air conditioner control", "ac control board"] }, "841590"),
      to({ words: ["microwave control", "induction cooker", "oven control"] }, "851690"),
      to({ words: ["dishwasher control"] }, "842290"),
      to({ words: ["boiler control", "furnace control"] }, "840390"),
      to({ words: ["treadmill control"] }, "950691"),
      to({ words: ["elevator control", "lift control"] }, "843139"),
      to({ words: ["3d printer control", "3d printer mainboard"] }, "848590"),
      to({ words: ["printer control board"] }, "844399"),
      to({ words: ["access control", "door access"] }, "847190"),
    ],
    note: "boards, panels and consoles equipped with apparatus for electric control, ≤ 1,000 V (PLCs, HMIs, ECUs, control modules) 853710; a control board made solely for one appliance is a part of that appliance (Section XVI note 2(b)): washing machines 845090, refrigerators 841899, air conditioners 841590, ovens 851690",
  }),
  e("relay shield|optocoupler module|mosfet module|mosfet switch module|mosfet trigger|switch module|power switch module|touch switch module|capacitive touch module|ttp223|timer module|delay relay module|delay timer module|ne555 module|cycle timer relay|thermostat module|temperature controller module|xh-w1209|w1209|humidity controller module", "853649", {
    splits: [
      to({ words: ["thermostat", "temperature controller", "xh-w1209", "w1209", "humidity controller"] }, "903210"),
      to({ words: ["mosfet", "optocoupler", "switch module", "touch switch", "capacitive touch", "ttp223"] }, "853650"),
    ],
    note: "relays and relay/timer modules 853649; electronic switch modules 853650; thermostat modules are automatic regulating instruments 903210",
  }),
  e("light emitting diode|light-emitting diode|5mm led|3mm led|smd led chip|cob led chip|high power led|rgb led|ir led emitter|laser diode module|laser pointer module|red laser module|line laser module|cross laser module", "854141", {
    splits: [
      to({ words: ["laser"] }, "854149"),
    ],
    note: "light-emitting diodes (LEDs) → 854141 (HS 2022); laser diodes are other photosensitive/light-emitting semiconductor devices 854149; LED lamps 8539, luminaires 9405",
  }),
  e("semiconductor|power semiconductor|thyristor module|diode module|rectifier module|bridge rectifier module|igbt driver|gate driver|solid state device|photovoltaic cell|pv cell|solar cell chip|mems sensor|semiconductor sensor|semiconductor pressure sensor|semiconductor temperature sensor|hall effect switch|reed sensor", "854159", {
    splits: [
      to({ words: ["thyristor"] }, "854130"),
      to({ words: ["diode module", "rectifier module", "bridge rectifier"] }, "854110"),
      to({ words: ["igbt driver", "gate driver"] }, "854239"),
      to({ words: ["photovoltaic cell", "pv cell", "solar cell"] }, "854142"),
      to({ words: ["mems", "semiconductor sensor", "semiconductor pressure", "semiconductor temperature", "hall effect"] }, "854151"),
      to({ words: ["reed sensor"] }, "853650"),
    ],
    note: "semiconductor devices → 8541 (diodes 854110, thyristors 854130, photovoltaic cells 85414x, semiconductor-based transducers 854151 (HS 2022, ch. 85 note 12(a)(ii)), other 854159)",
  }),
  e("smd ic|dip ic|sop ic|qfp ic|bga chip|bga ic|memory ic|flash ic|nand flash|flash memory|emmc|emmc chip|ufs chip|lpddr|ddr chip|ram chip|dram|sdram|cpu chip|gpu chip|chipset|southbridge|northbridge|pmic|power ic|charging ic|audio codec|codec chip|dsp chip|dsp|adc chip|dac chip|adc converter ic|bluetooth chip|wifi chip|rf chip|rfid chip|nfc chip|nfc tag chip|smart card chip|sim chip|mcp|multi-chip package|hybrid integrated circuit|thick film circuit", "854239", {
    splits: [
      to({ words: ["memory ic", "flash ic", "nand flash", "flash memory", "emmc", "ufs", "lpddr", "ddr chip", "ram chip", "dram", "sdram", "mcp"] }, "854232"),
      to({ words: ["cpu chip", "gpu chip", "chipset", "southbridge", "northbridge", "dsp"] }, "854231"),
      to({ words: ["nfc tag chip"] }, "852352"),
    ],
    note: "electronic integrated circuits → 8542 (processors and controllers 854231, memories 854232, amplifiers 854233, other incl. PMICs, codecs, RF chips, MCOs 854239; ch. 85 note 12(b))",
  }),
  e("audio decoder board|mp3 decoder board|mp3 decoder module|mp3 player module|audio player module|voice playback module|sound module|sound recording module|voice recorder module|music module|music chip|greeting card sound module|bluetooth audio module|bluetooth receiver board|bluetooth amplifier board|bluetooth audio board|dac decoder|dac decoder board|usb dac|headphone dac|audio dac|digital to analog converter|analog to digital converter|audio converter|optical to analog converter|hdmi audio extractor|hdmi converter|hdmi to av converter|av to hdmi converter|vga to hdmi converter|video converter|signal converter|hdmi splitter|hdmi switch|hdmi switcher|hdmi extender|hdmi matrix|video splitter|vga splitter|usb to ttl|usb to serial|usb to rs485|rs485 converter|rs232 converter|can bus module|can bus adapter|logic level converter|level shifter|signal generator module|function generator module|frequency counter module|pulse generator|noise generator|electronic metronome module|tone generator|rf remote control|ir remote|air conditioner remote|remote control duplicator|remote receiver module|rf receiver module|433mhz module|ir receiver module", "854370", {
    splits: [
      to({ words: ["bluetooth audio", "bluetooth receiver", "bluetooth amplifier"] }, "851762"),
      to({ words: ["usb dac", "headphone dac"] }, "854370"),
      to({ words: ["hdmi splitter", "hdmi switch", "hdmi switcher", "hdmi matrix", "video splitter", "vga splitter"] }, "854370"),
      to({ words: ["hdmi extender"] }, "851762"),
      to({ words: ["usb to ttl", "usb to serial", "usb to rs485", "can bus adapter"] }, "847180"),
      to({ words: ["rf remote", "433mhz", "radio remote"] }, "852692"),
      to({ words: ["remote control", "remote controls", "universal remote", "tv remote", "remote controller", "rf remote", "ir remote", "air conditioner remote", "garage door remote", "gate remote", "remote control duplicator"] }, "854370"),
      to({ words: ["remote receiver", "rf receiver", "433mhz", "ir receiver"] }, "852692"),
    ],
    note: "electrical machines and apparatus having individual functions, n.e.s. in ch. 85 (sound modules, signal converters, HDMI switchers, remote controls) → 854370; Bluetooth transceivers 851762; radio remote-control receivers 852692",
  }),
  e("joystick module|thumb joystick|keypad|membrane keypad|matrix keypad|numeric keypad module|membrane switch|membrane switch panel|rotary encoder module|encoder module|ec11 encoder|button module|push button module|tactile button module|keyboard membrane", "853650", {
    splits: [
      to({ words: ["rotary encoder", "encoder module", "ec11"] }, "853190"),
    ],
    note: "keypads, membrane switches and button/joystick modules are switches 853650 (for ADP machines: 847160 / parts 847330)",
  }),
  e("display module|lcd screen|lcd panel replacement|oled display module|oled screen module|tft screen|tft module|ips display module|ips lcd|e-paper module|led matrix|led matrix module|led dot matrix|dot matrix display|led video wall|led panel display|p10 led module|led message board|led text display|led price sign|nixie clock module|vfd display|vacuum fluorescent display", "852419", {
    splits: [
      to({ words: ["touch"] }, "852491"),
      to({ words: ["oled"] }, "852412"),
      to({ words: ["tft", "ips", "lcd", "lcds"] }, "852411"),
      to({ words: ["e-paper", "eink", "e-ink"] }, "852419"),
      to({ words: ["led sign", "sign board", "scrolling", "message board", "text display", "price sign", "open sign", "led video wall", "led screen", "led display screen", "led panel display"] }, "853120"),
      to({ words: ["led matrix", "dot matrix", "p10"] }, "853120"),
      to({ words: ["vfd display", "vacuum fluorescent"] }, "854071"),
    ],
    note: "flat panel display modules without drivers or control circuits 852411 (LCD), 852412 (OLED), 852419 (other); with touch screen 852491 (HS 2022 heading 8524); LED signs and indicator panels 853120",
  }),
  e("gps receiver module|gnss module|gnss receiver|gps receiver|gps antenna module|ublox|neo-6m|neo-m8n|car navigation system|chart plotter|marine radar|radar speed sign|radar gun|speed gun|radar sensor|mmwave radar|mmwave sensor|microwave radar sensor|microwave motion sensor|doppler radar module", "852691", {
    splits: [
      to({ words: ["fish finder", "chart plotter", "chartplotter"] }, "901480"),
      to({ words: ["radar detector"] }, "852692"),
      to({ words: ["radar", "mmwave", "microwave radar", "microwave motion", "doppler radar", "speed gun", "radar gun", "radar speed"] }, "852610"),
    ],
    note: "radio navigational aid apparatus (GPS/GNSS receivers and navigators) 852691; radar apparatus 852610; radio remote control 852692; echo-sounders and fish finders 9014",
  }),
  e("rf module|rf transceiver|rf transmitter|rf transmitter module|nrf24l01|radio module|wireless module|wireless transceiver|zigbee module|z-wave module|nb-iot module|4g lte module|5g module|cellular module|gsm modem|sim800|sim7600|esp8266 module|esp-01|wifi board|ble module|bluetooth low energy module|uwb module|nfc module|nfc reader module|rfid reader module|rfid card reader|rfid writer|rfid antenna|fm transmitter|fm radio module|radio transmitter|video transmitter|fpv transmitter|vtx|wireless video transmitter|audio transmitter|wireless microphone system|in-ear monitor system|wireless hdmi|walkie talkie earpiece|repeater radio", "851762", {
    splits: [
      to({ words: ["fm transmitter", "car fm", "bluetooth fm"] }, "852560"),
      to({ words: ["fm radio module"] }, "852799"),
      to({ words: ["video transmitter", "fpv transmitter", "vtx", "wireless video"] }, "852560"),
      to({ words: ["wireless microphone", "in-ear monitor"] }, "851890"),
      to({ words: ["walkie talkie earpiece"] }, "851830"),
      to({ words: ["nfc module", "nfc reader", "rfid reader", "rfid card reader", "rfid writer"] }, "847190"),
      to({ words: ["rfid antenna"] }, "852910"),
      to({ words: ["radio transmitter", "repeater radio"] }, "852560"),
    ],
    note: "modules for transmitting or receiving data in wireless networks (Wi-Fi, Bluetooth, cellular, LoRa, Zigbee) 851762; transmitters of radio broadcasting or video 852560; RFID/NFC readers 847190",
  }),
  e("socket|electrical socket|power outlet|outlet socket|usb charger socket|car socket|12v socket|cigarette lighter socket|dc socket|dc power jack|3.5mm jack|rca jack|banana socket|battery terminal|battery clamp|xt30|t plug|usb-c connector|micro usb connector|charging port connector|idc connector|d-sub connector|db9 connector|rj11 connector|modular plug|solar connector|wire harness connector|terminal connector|splice connector|terminal strip|barrier strip|busbar", "853690", {
    splits: [
      to({ words: ["socket", "sockets", "electrical socket", "power outlet", "outlet socket", "usb socket", "usb charger socket", "car socket", "12v socket", "cigarette lighter"] }, "853669"),
      to({ words: ["dc jack", "dc power jack", "barrel jack", "audio jack", "headphone jack", "3.5mm jack", "rca jack", "keystone jack"] }, "853669"),
      to({ words: ["banana plug", "anderson plug", "t plug", "jst plug", "modular plug"] }, "853669"),
      to({ words: ["bus bar", "busbar"], material: ["copper"] }, "740729"),
      to({ words: ["bus bar", "busbar"] }, "853890"),
      to({ words: ["alligator clip", "crocodile clip", "test clip", "battery clamp", "battery terminal", "battery terminals"] }, "853690"),
    ],
    note: "plugs and sockets 853669; other apparatus for connecting circuits ≤ 1,000 V (connectors, terminals, clips, terminal strips) 853690; optical fibre connectors 853670",
  }),
  e("accelerometer|gyroscope|gyro sensor|imu|imu sensor|inertial measurement unit|motion tracking sensor|9 axis sensor|6 axis sensor|magnetometer|compass module|electronic compass|tilt sensor|inclinometer|angle sensor|angle meter|digital angle gauge|digital protractor|level sensor module|water level sensor|liquid level switch|float level sensor|ultrasonic level sensor|radar level sensor|rain detector|raindrop sensor|ir sensor|infrared sensor|ir obstacle sensor|obstacle avoidance sensor|line tracking sensor|line follower sensor|flame sensor|fire sensor|sound sensor|microphone sensor module|sound detection module|touch sensor|capacitive sensor|color sensor|colour sensor|rgb sensor|uv sensor|ultraviolet sensor|light intensity sensor|lux sensor|ambient light sensor|distance sensor|tof sensor|lidar|lidar sensor|laser distance sensor|ultrasonic distance sensor|hc-sr04|heart rate sensor|pulse sensor|emg sensor|fingerprint sensor|fingerprint module|weight sensor|force sensor|force sensitive resistor|flex sensor|bend sensor|pressure mat sensor|wind speed sensor|water flow sensor|hall flow sensor|speed sensor module|tachometer sensor|rpm sensor|position sensor|linear position sensor|displacement sensor|lvdt|magnetic sensor|magnetic switch sensor|metal detector sensor|inductive sensor|capacitive proximity sensor|laser sensor|fiber optic sensor|area sensor|safety light curtain|light curtain", "903180", {
    splits: [
      to({ words: ["magnetometer", "compass module", "electronic compass"] }, "901480"),
      to({ words: ["inclinometer", "angle meter", "digital angle gauge", "digital protractor"] }, "903180"),
      to({ words: ["level sensor", "water level", "liquid level", "float level", "ultrasonic level", "radar level", "water flow sensor", "hall flow sensor"] }, "902610"),
      to({ words: ["soil moisture"] }, "902789"),
      to({ words: ["wind speed"] }, "901580"),
      to({ words: ["flame sensor", "fire sensor", "uv sensor", "ultraviolet sensor", "light intensity", "lux sensor", "ambient light", "color sensor", "colour sensor", "rgb sensor", "ir sensor", "infrared sensor", "ir obstacle", "obstacle avoidance", "line tracking", "line follower"] }, "903149"),
      to({ words: ["heart rate", "pulse sensor", "emg"] }, "901819"),
      to({ words: ["fingerprint"] }, "847190"),
      to({ words: ["sound sensor", "microphone sensor", "sound detection"] }, "851810"),
      to({ words: ["touch sensor", "capacitive sensor", "inductive sensor", "capacitive proximity", "magnetic switch", "liquid level switch", "light curtain", "safety light curtain", "area sensor", "laser sensor", "fiber optic sensor"] }, "853650"),
      to({ words: ["speed sensor", "tachometer sensor", "rpm sensor"] }, "902990"),
      to({ words: ["tof sensor", "lidar", "laser distance", "ultrasonic distance", "hc-sr04", "distance sensor"] }, "903180"),
    ],
    note: "sensors are classified by what they measure (Section XVI note 1(m): instruments of ch. 90 are excluded from XVI): measuring or checking instruments n.e.s. 903180, optical ones 903149, level/flow of liquids 902610, navigation (compasses, magnetometers) 9014; sensors that only switch a circuit 853650",
  }),
  e("electronic accessories|electrical accessory|electrical fittings|polymer insulator|insulating fitting|insulating bushing|conduit fitting|brush holder|electric shock device|fence energizer|electric fence energiser", "854800", {
    splits: [
      to({ words: ["insulator", "insulators", "ceramic insulator", "porcelain insulator", "standoff insulator"] }, "854620"),
      to({ words: ["glass insulator"] }, "854610"),
      to({ words: ["polymer insulator"] }, "854690"),
      to({ words: ["insulating fitting", "insulating bushing", "conduit fitting"] }, "854790"),
      to({ words: ["electrical conduit", "cable trunking", "wire duct", "cable duct", "cable raceway"] }, "391723"),
      to({ words: ["cable gland"] }, "853890"),
      to({ words: ["carbon brush", "carbon brushes", "motor brushes", "brush holder"] }, "854520"),
      to({ words: ["graphite electrode", "carbon electrode", "carbon rod"] }, "854519"),
      to({ words: ["electric shock", "fence energizer", "electric fence", "fence energiser"] }, "854370"),
    ],
    note: "electrical parts of machinery n.e.s. 854800; insulators 8546 (glass 854610, ceramic 854620), insulating fittings 8547, carbon brushes and electrodes 8545; plastic trunking and conduit 3917",
  }),
  e("microwave oven magnetron|magnetron tube|microwave tube|travelling wave tube|klystron tube|thyratron|image intensifier tube|photomultiplier tube|x-ray tube insert|electron gun|vacuum valve|thermionic valve|amplifier tube|audio tube|preamp tube|12ax7|el34|kt88|6l6|300b|el84", "854079", {
    splits: [
      to({ words: ["magnetron"] }, "854071"),
      to({ words: ["image intensifier", "photomultiplier"] }, "854040"),
      to({ words: ["x-ray tube"] }, "902230"),
      to({ words: ["amplifier tube", "audio tube", "preamp tube", "12ax7", "el34", "kt88", "6l6", "300b", "el84", "thermionic", "vacuum valve", "thyratron"] }, "854089"),
    ],
    note: "thermionic, cold-cathode or photo-cathode tubes → 8540 (magnetrons 854071, other microwave tubes 854079, receiver or amplifier valves 854081/89); a magnetron for a microwave oven is a good of its own heading, not an oven part (Section XVI note 2(a))",
  }),
  e("box mod|pod vape|vaporizer pen|wax vaporizer|vape cartridge empty|refillable pod|rda atomizer|rta|rdta|cartomizer|coil head", "854340", {
    splits: [
      to({ words: ["dry herb", "wax vaporizer"] }, "854340"),
      to({ words: ["vape coil", "coil head", "atomizer", "rda", "rta", "rdta", "clearomizer", "cartomizer", "vape tank", "empty pod", "refillable pod", "vape cartridge empty"] }, "854390"),
    ],
    note: "electronic cigarettes and similar personal electric vaporising devices 854340 (HS 2022); their parts (coils, tanks, empty pods) 854390; pods pre-filled with liquid go by the liquid (2404)",
  }),
  e("accumulator|electric accumulator|storage battery|traction battery|vrla battery|nickel metal hydride battery|sodium ion battery|lifepo4 cell|cylindrical cell|ev battery|electric vehicle battery|battery storage system|dry cell|primary cell|primary battery|zinc air cell|silver oxide cell", "850760", {
    splits: [
      // Primary cells by chemistry: alkaline and zinc-carbon cells are manganese dioxide cells (8506.10), lithium 8506.50.
      to({ words: ["dry cell", "dry cells", "primary cell", "primary cells", "primary battery", "primary batteries"], allOf: [["alkaline", "manganese dioxide", "zinc carbon", "zinc-carbon"]] }, "850610"),
      to({ words: ["dry cell", "dry cells", "primary cell", "primary cells", "primary battery", "primary batteries"], allOf: [["lithium"]] }, "850650"),
      to({ words: ["dry cell", "dry cells", "primary cell", "primary battery"] }, "850680"),
      to({ words: ["zinc air"] }, "850660"),
      to({ words: ["silver oxide"] }, "850640"),
      // Lead-acid accumulators "of a kind used for starting piston engines" (car starter batteries) are 8507.10.
      to({ words: ["lead acid", "lead-acid"], allOf: [["starting", "starter", "cranking", "car battery", "automotive", "motor car", "motor cars", "cars", "sli"]], unless: ["deep cycle", "forklift", "golf cart", "traction", "solar", "ups"] }, "850710"),
      to({ words: ["car battery", "auto battery", "automotive", "starting", "starter battery", "sli", "truck battery", "motorcycle battery", "vehicle battery"], unless: ["lithium", "li-ion", "lithium ion", "lifepo4", "jump starter", "booster pack", "power bank"] }, "850710"),
      to({ words: ["lead acid", "sla", "agm", "gel battery", "vrla", "deep cycle", "forklift battery", "golf cart"] }, "850720"),
      to({ words: ["nickel metal hydride", "ni-mh", "nimh"] }, "850750"),
      to({ words: ["nicd", "ni-cd"] }, "850730"),
      to({ words: ["sodium ion"] }, "850780"),
    ],
    note: "electric accumulators 8507 (lead-acid 85071x/20, NiCd 850730, NiMH 850750, lithium-ion 850760, other 850780); primary cells 8506",
  }),
  e("hob|ceramic hob|gas hob electric ignition|hot plate electric|cooker|cooking range electric|griller|electric griller|deep fat fryer|electric deep fryer|steamer cooker|multi cooker electric|egg cooker electric|rotisserie oven|electric bbq|food warmer electric|paraffin wax bath|wax bath|hot wax bath|paraffin bath|paraffin wax heater|hand wax bath|heated vest|heated jacket|heated gloves|heated socks|foot warmer electric", "851679", {
    splits: [
      to({ words: ["hob", "hobs", "hot plate", "cooker", "cookers", "electric range", "cooking range", "griller", "deep fat fryer", "deep fryer", "steamer cooker", "multi cooker", "egg cooker", "roaster", "rotisserie", "toaster oven", "convection oven", "countertop oven", "smoker", "electric bbq", "electric grill", "contact grill", "indoor grill", "raclette", "hot pot", "frying pan", "skillet", "wok"] }, "851660"),
      to({ words: ["towel warmer", "heated towel rail"] }, "851679"),
      // Electric blankets have a subheading of their own (6301.10), whatever the fibre; 6301.40 is "other than electric".
      to({ words: ["electric blanket", "heated blanket", "heated throw", "heated mattress pad"] }, "630110"),
      to({ words: ["heating pad"] }, "851679"),
      to({ words: ["heated vest", "heated jacket"] }, "620140"),
      to({ words: ["heated gloves"] }, "621600"),
      to({ words: ["heated socks"] }, "611596"),
      to({ words: ["heated insoles"] }, "851679"),
      to({ words: ["paraffin wax bath", "paraffin bath", "wax bath", "paraffin wax heater"] }, "851679"),
    ],
    note: "electro-thermic domestic appliances: ovens, cookers, hobs, grills and roasters 851660; other (warmers, heating pads, wax baths) 851679; heated garments and blankets go by the textile article (HS EN 8516: heating elements incorporated in garments or blankets do not make them appliances)",
  }),
  e("headtorch|hand lamp|hand torch|miners lamp|cap lamp|safety lamp|bicycle lamp battery|dynamo torch|crank flashlight|hand crank flashlight|shake flashlight|penlight medical|pen torch", "851310", {
    splits: [to({ words: ["bicycle lamp"] }, "851210")],
    note: "portable electric lamps designed to function by their own source of energy 851310 (bicycle lamps 851210)",
  }),
  e("ultrasonic repeller|rodent repeller|mouse repeller|mosquito repeller electronic|electronic pest control|mosquito lamp|uv insect trap|fly trap electric|electronic mouse trap|electric rat trap|electric fence charger|solar fence energizer|bird repeller ultrasonic|dog bark deterrent|ultrasonic dog repeller", "854370", {
    splits: [to({ words: ["fence energizer", "fence charger", "solar fence"] }, "854370")],
    note: "electrical apparatus with individual functions n.e.s. (pest repellers, insect killers, fence energisers, bark deterrents) 854370",
  }),
  e("compact disc|optical disc|blank optical disc|cd-rw|dvd-rw|recordable dvd|floppy disk|diskette|magnetic tape data|data cartridge|lto tape|swipe card|magnetic card|id card chip|chip card|sim card blank|audio cd|movie dvd|software cd|game disc", "852341", {
    splits: [
      to({ words: ["music cd", "audio cd", "movie dvd", "software cd", "game disc"] }, "852349"),
      to({ words: ["floppy", "diskette", "magnetic tape", "data cartridge", "lto tape"] }, "852329"),
      to({ words: ["swipe card", "magnetic card", "magnetic stripe"] }, "852321"),
      to({ words: ["hotel key card", "proximity card", "id card chip", "chip card", "sim card"] }, "852352"),
    ],
    note: "recording media 8523: unrecorded optical discs 852341, recorded 852349; magnetic tapes and disks 852329, magnetic-stripe cards 852321; smart cards 852352",
  }),
  e("earpods|in ear earphones|sleep earbuds|headband headphones|call centre headset|aviation headset|hydrophone|contact microphone|lapel microphone|hooter|electric hooter|buzzer alarm|indicator panel|led indicator panel|annunciator panel|call button system|nurse call system|pager system restaurant|queue calling system|guest paging system", "851830", {
    splits: [
      to({ words: ["hydrophone", "contact microphone", "lavalier", "lapel microphone", "condenser microphone", "dynamic microphone", "usb microphone", "shotgun microphone", "karaoke microphone", "wireless microphone"] }, "851810"),
      to({ words: ["hooter", "buzzer", "piezo buzzer"] }, "853180"),
      to({ words: ["indicator panel", "annunciator"] }, "853120"),
      to({ words: ["call button", "nurse call", "pager", "queue calling", "paging"] }, "853180"),
    ],
    note: "headphones and earphones, combined microphone/speaker sets 851830; microphones 851810; electric sound or visual signalling apparatus 8531 (indicator panels 853120, buzzers and pager systems 853180)",
  }),
  e("mobile handset|handset|network interface card|ethernet card|nic card|entry phone|entry phone system|door entry system|video door phone|video intercom system|audio intercom|apartment intercom|baby intercom|video conferencing system|video conference system|conference speakerphone|telephone switchboard|pabx|pbx system|ip pbx|voip gateway|multiplexer|optical multiplexer|network tap", "851762", {
    splits: [
      to({ words: ["mobile handset"] }, "851714"),
      to({ words: ["handset"] }, "851718"),
      to({ words: ["conference speakerphone", "speakerphone"] }, "851762"),
    ],
    note: "apparatus for the transmission or reception of voice, images or data in wired or wireless networks (intercoms and door phones, NICs, PBXs, video-conferencing, multiplexers) 851762; mobile phones 851714",
  }),
  e("smoothing iron|electric smoothing iron|electric shower|instant electric shower|shower heater|tea urn|hot water urn|catering urn|water boiler urn|heated airer|heated clothes airer|electric clothes dryer rack|heated drying rack|shoe dryer|boot dryer|glove dryer|electric shoe dryer", "851679", {
    splits: [

      to({ words: ["smoothing iron"] }, "851640"),
      to({ words: ["electric shower", "instant electric shower", "shower heater", "tea urn", "hot water urn", "catering urn", "water boiler urn"] }, "851610"),
    ],
    note: "electro-thermic appliances: instantaneous or storage water heaters and urns 851610; irons 851640; other (heated airers, shoe dryers) 851679",
  }),
  e("photoresistor|photoconductive cell|light dependent resistor|phototransistor module|varactor|varactor diode|gunn diode|field effect transistor|jfet|fet transistor|thyristor diode|photothyristor|solar cell module small|piezo crystal mounted|quartz resonator|saw filter|saw resonator|ceramic resonator|ceramic filter", "854159", {
    splits: [
      to({ words: ["photoresistor", "photoconductive", "light dependent", "phototransistor", "photothyristor"] }, "854149"),
      to({ words: ["varactor", "gunn diode"] }, "854110"),
      to({ words: ["field effect", "jfet", "fet"] }, "854129"),
      to({ words: ["piezo crystal", "quartz resonator", "saw filter", "saw resonator", "ceramic resonator", "ceramic filter"] }, "854160"),
      to({ words: ["solar cell module"] }, "854143"),
    ],
    note: "semiconductor devices 8541: diodes 854110, transistors 85412x, photosensitive devices 854149, mounted piezo-electric crystals and resonators 854160, other 854159",
  }),
  e("parking light|side light|sidelights|side marker|light cluster|rear light cluster|tail light assembly|searchlight vehicle|search light|emergency vehicle light|lightbar emergency|strobe light vehicle|warning light vehicle|amber beacon|hazard light vehicle|car heater electric|vehicle heating unit|parking heater|diesel parking heater|night heater|air diesel heater|engine block heater|engine preheater|car defroster|windscreen heater", "851220", {
    splits: [
      to({ words: ["parking heater", "diesel parking heater", "night heater", "air diesel heater"] }, "841950"),
      to({ words: ["car heater electric", "vehicle heating unit", "engine block heater", "engine preheater"] }, "851629"),
      to({ words: ["car defroster", "windscreen heater"] }, "851240"),
    ],
    note: "electrical lighting or visual signalling equipment of a kind used for motor vehicles 851220; defrosters 851240; electric heaters for vehicles 851629; fuel-fired parking heaters are heat exchangers/heaters of 8419 (CBP practice varies)",
  }),
  e("data logger|temperature data logger|humidity data logger|usb data logger|flight data recorder|black box recorder|cockpit voice recorder|event data recorder|mine detector|landmine detector|explosive detector|explosives trace detector|drug detector|vehicle black box", "903289", {
    splits: [
      to({ words: ["temperature data logger", "humidity data logger"] }, "902519"),
      to({ words: ["flight data recorder", "black box recorder", "cockpit voice recorder", "event data recorder", "vehicle black box"] }, "854370"),
      to({ words: ["mine detector", "landmine"] }, "854370"),
      to({ words: ["explosive detector", "explosives trace", "drug detector"] }, "902710"),
      to({ words: ["data logger", "data loggers", "usb data logger"] }, "903180"),
    ],
    note: "data loggers go by what they measure (temperature 902519, other 903180); flight and event data recorders and mine detectors are electrical apparatus with individual functions 854370; explosive trace detectors analyse gases 902710",
  }),
  // A soft screen protector of plastic film (hydrogel, TPU) sticks to the screen by its own adhesive layer: self-adhesive
  // film of plastics (3919.90), not an article of 3926 and not glass (toughened glass protectors are 7007.19).
  e("hydrogel film|hydrogel films|hydrogel screen protector|hydrogel protector|hydrogel protective film|tpu screen protector|tpu film screen protector|soft screen protector film|matte screen protector film|privacy screen film", "391990", {
    note: "self-adhesive plastic screen-protector film → 391990",
  }),
  // A protective case for earbuds, a phone or a remote holds and protects the article it is made to fit: a case of 4202
  // (ch. 42 note; heading text "similar containers"), whatever device it is named for. Its outer surface decides the
  // subheading: leather 4202.91, textile 4202.92, moulded silicone or plastics "other" 4202.99.
  e("protective case cover|silicone case cover|tpu case cover|charging case cover|earbuds case cover|earbud case cover|earphone case cover|headphone case cover|earbuds protective case|earbud protective case|earphone protective case|charging case protective cover", "4202", {
    splits: [
      to({ material: ["leather", "composition_leather"] }, "420291"),
      to({ material: ["textile", "cotton", "wool", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial"] }, "420292"),
      to({}, "420299"),
    ],
    decisive: ["material"],
    note: "cases made to hold and protect earbuds, phones and similar devices → 4202 9x by outer surface (moulded plastics 420299)",
  }),
];
