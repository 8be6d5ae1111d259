/**
 * Compounds that marketplace titles use for goods classified elsewhere in the lexicon, where a shorter term inside
 * the compound would otherwise name other goods: "Arch Support Inserts" (not an orthopaedic "arch support"),
 * "French Press Coffee Maker" (not an electric coffee maker), "Jewelry Box Organizer" (a jewellery box).
 * Kept in a file of its own: additions here do not touch the entries by chapter.
 */
import type { LexiconEntry } from "../types.js";
import { e, m, to } from "./helpers.js";

export const MARKETPLACE: LexiconEntry[] = [
  e("arch support inserts|arch support insert|arch support shoe inserts|arch support insole", "640690", {
    note: "removable insoles and inserts sold in pairs are parts of footwear 640690; orthopaedic arch supports of 9021 are made to measure or sold singly for either foot (Explanatory Note to 90.21)",
  }),
  m("french press coffee maker|french press coffee makers|french coffee press|coffee press|plunger coffee maker", "7323",
    { stainless_steel: "732393", iron_steel: "732399", aluminium: "761510", plastic: "392410", glass: "701349" },
    "a French press (plunger coffee maker) has no heating element: a table or kitchen article by material (stainless 732393, aluminium 761510, glass 701349 — kitchen glassware, 701342 if borosilicate, plastics 392410), not an electric coffee maker 851671"),
  m("cooler box|cooler boxes|cool box|ice chest|ice chests|hard cooler|hard sided cooler|rotomolded cooler|roto molded cooler|camping cooler|ice cooler box|drinks cooler box|beverage cooler box|soft cooler|soft sided cooler", "392310",
    { plastic: "392310", "textiles,leatherish": "420292", stainless_steel: "732690", iron_steel: "732690", aluminium: "761699" },
    "an unpowered cool box (ice chest) carries food and drink: a box for the conveyance of goods, of plastics 392310 (UK rulings); soft coolers are insulated food or beverage bags of heading 4202 (textile or plastic sheeting 420292); powered thermoelectric coolers are refrigerating equipment of 8418"),
  e("shaving brush|shaving brushes|shave brush|badger shaving brush|wet shave brush", "960329", {
    note: "shaving brushes are named in 9603.29 (toilet brushes for use on the person), whatever their hair (badger, boar, synthetic): the hair is what they are made of, not goods of 0511",
  }),
  e("aquarium heater|aquarium heaters|fish tank heater|fish tank heaters|submersible aquarium heater|betta heater", "851610", {
    note: "a submersible aquarium heater is an electric immersion heater (8516.10); its thermostat only regulates it (not an automatic regulator of 9032)",
  }),
  e("windshield washer fluid|windshield wiper fluid|windscreen washer fluid|wiper fluid|washer fluid|screenwash|screen wash", "382000", {
    note: "windscreen washer fluid is a prepared de-icing / anti-freezing liquid of heading 3820 (alcohol-water mixtures with detergent), not wipers of 8512",
  }),
  e("parachute hammock|nylon parachute hammock|parachute nylon hammock", "630690", {
    note: "a parachute hammock is a hammock of parachute nylon (6306.90, camping goods), not a parachute of 8804",
  }),
  m("jewelry box organizer|jewellery box organizer|jewelry organizer box|jewellery organizer box|jewelry storage box|jewellery storage box", "4202",
    { "wood,bamboo": "442090", "leather,composition_leather": "420291", "plastic,textiles": "420292", other: "420299" },
    "jewellery boxes are containers of heading 4202 by the outer surface (leather 420291, plastic sheeting or textile 420292, other 420299); of wood 442090"),
  // "Shoe charms" and "clog charms" decorate footwear: ornamental articles by material (of plastics 3926.40), not
  // footwear of chapter 64 and not parts of footwear (they are not needed for the shoe to be a shoe).
  m("shoe charm|shoe charms|clog charm|clog charms|croc charms|shoe decoration|shoe decorations|shoe pins|shoe buckles decorative|shoe jewelry|shoe jewellery", "392640",
    { "plastic,rubber": "392640", "metal": "830629", glass: "701890" },
    "shoe charms are ornaments: of plastics (PVC, silicone) 392640, base metal 830629, glass 701890"),
  // Iron-on (hotfix) and flatback rhinestones are imitation stones of glass (7018.10) unless said to be of plastics
  // (acrylic or resin rhinestones, 3926.90).
  e("hotfix rhinestones|hot fix rhinestones|hotfix rhinestone|iron on rhinestones|iron-on rhinestones|hotfix crystals|hot fix crystals|flatback crystals|flat back rhinestones|nail rhinestones|nail art rhinestones", "701810", {
    splits: [to({ material: ["plastic"] }, "392690"), to({ words: ["acrylic", "resin"], unless: ["glass"] }, "392690")],
    decisive: ["material"],
    note: "rhinestones: of glass (hotfix, flatback crystal) imitation stones 701810; acrylic or resin rhinestones 392690",
  }),
];
