/**
 * Sections I–IV — live animals and animal products (01–05), vegetable products (06–14), fats and oils
 * (15), prepared foodstuffs, beverages and tobacco (16–24), and pet food.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

/** Words saying confectionery is made without sugar (sweetened with polyols or synthetic sweeteners instead). */
const SUGAR_FREE = ["sugarfree", "sugar free", "sugar-free", "sugarless", "sucrose free", "sucrose-free"];

/** States that take fruit out of the "fresh" headings 0807–0809 (dried → 0813, frozen → 0811). */
const FRESH_ONLY_NOT = ["dried", "dehydrated", "freeze dried", "sun dried", "frozen", "iqf"];

const animals: LexiconEntry[] = [
  e("live animal|live animals|live cattle|live cow|live pig|live sheep|live goat|live horse|pony|donkey|live chicken|live poultry|chicks|day old chicks|live duck|live fish|aquarium fish|ornamental fish|koi|goldfish|betta fish|tropical fish|live shrimp|live crab|live lobster|pet bird|parrot|budgie|live insects|live bait|earthworms|mealworms live|puppy|puppies|kitten|kittens|dog breed|rabbit live|hamster|guinea pig|reptile|snake pet|lizard pet|tortoise|turtle pet|bees|queen bee|bee colony", "0106", {
    splits: [
      to({ words: ["cattle", "cow"] }, "0102"),
      to({ words: ["pig"] }, "0103"),
      to({ words: ["sheep", "goat"] }, "0104"),
      to({ words: ["horse", "pony", "donkey"] }, "0101"),
      to({ words: ["chicken", "poultry", "chicks", "duck"] }, "0105"),
      to({ words: ["fish", "koi", "goldfish", "betta"] }, "0301"),
      to({ words: ["shrimp", "crab", "lobster"] }, "0306"),
    ],
    note: "live animals ch. 01 (bovine 0102, swine 0103, sheep/goats 0104, poultry 0105, other incl. pets, bees 0106); live fish 0301, crustaceans 0306",
  }),
  e("beef|steak|steaks|ground beef|minced beef|beef mince|veal|pork|pork belly|pork chops|bacon|ham|lamb meat|mutton|lamb chops|goat meat|chicken meat|chicken breast|chicken wings|chicken thighs|whole chicken|turkey meat|duck meat|poultry meat|offal|liver|rabbit meat|venison|game meat|meat|frozen meat|fresh meat|sausage|sausages|salami|pepperoni|chorizo|hot dog|hot dogs|frankfurter|jerky|beef jerky|meat jerky|canned meat|corned beef|luncheon meat|spam|pate|pâté|meatballs|canned chicken|chicken nuggets|deli meat", "0201", {
    splits: [
      to({ words: ["sausage", "sausages", "salami", "pepperoni", "chorizo", "hot dog", "hot dogs", "frankfurter"] }, "1601"),
      to({ words: ["jerky", "canned", "tinned", "corned", "luncheon", "spam", "pate", "pâté", "meatballs", "nuggets", "deli"] }, "1602"),
      // Seasoned, marinated, coated or cooked meat is prepared beyond the processes of ch. 2 → 1602.
      // (The meat's words are on the split too: the kind named by the term decides first, with the other conditions.)
      to({
        // With the cuts the term may name ("pork chops"), so that a later split naming the cut does not outrank it.
        words: ["beef", "steak", "steaks", "veal", "pork", "lamb", "mutton", "goat", "chicken", "turkey", "duck", "poultry", "meat", "rabbit", "venison", "pork belly", "pork chops", "lamb chops", "chicken breast", "chicken wings", "chicken thighs"],
        allOf: [["marinated", "marinade", "seasoned", "breaded", "battered", "coated", "cooked", "roasted", "roast", "grilled", "fried", "barbecued", "teriyaki", "tikka", "tandoori", "canned", "tinned"]],
      }, "1602"),
      // A cooked ham is a preparation of swine hams (1602.41), not a salted or smoked ham of 0210 (ch. 2 covers only
      // the processes of its headings).
      to({ words: ["ham", "hams"], allOf: [["cooked", "boiled", "baked", "roasted", "canned", "tinned"]] }, "160241"),
      to({ words: ["bacon", "ham"] }, "0210"),
      to({ words: ["pork", "pork belly", "pork chops"] }, "0203"),
      to({ words: ["lamb", "mutton", "goat"] }, "0204"),
      to({ words: ["chicken", "turkey", "duck", "poultry"] }, "0207"),
      to({ words: ["offal", "liver"] }, "0206"),
      to({ words: ["rabbit", "venison", "game meat"] }, "0208"),
      to({ processing: ["frozen"] }, "0202"),
    ],
    note: "meat ch. 02 by species and state (bovine fresh 0201 / frozen 0202, swine 0203, sheep 0204, poultry 0207, cured 0210); sausages 1601, prepared meat 1602",
  }),
  e("fish|fresh fish|frozen fish|fish fillet|fish fillets|salmon|tuna|cod|tilapia|sardines|mackerel|anchovies|herring|trout|catfish|pilchards|sprats|whitebait|hake|haddock|pollock|coley|sea bass|seabass|sea bream|plaice|halibut|eel|eels|carp|snapper|swordfish|monkfish|grouper|turbot|dover sole|lemon sole|pangasius|basa fish|barramundi|mahi mahi|john dory|dried fish|smoked salmon|smoked fish|salted fish|stockfish|fish roe|caviar|canned tuna|canned fish|canned sardines|fish sticks|fish fingers|surimi|crab sticks|shrimp|shrimps|prawn|prawns|lobster|crab|crabs|crayfish|crawfish|scallops|mussels|oysters|clams|squid|octopus|calamari|cuttlefish|sea cucumber|abalone|seafood|dried shrimp|fish maw|shark fin", "0302", {
    splits: [
      // Tunas by species (0302.3x fresh or chilled / 0303.4x frozen), whole: albacore .31/.41, yellowfin .32/.42,
      // skipjack .33/.43, bigeye .34/.44; prepared or canned tuna stays 1604.14 (the later splits).
      ...[["albacore", "030341", "030231"], ["yellowfin", "030342", "030232"], ["skipjack", "030343", "030233"], ["bigeye", "030344", "030234"]].flatMap(([sp, frozen, fresh]) => [
        to({ words: [sp!], processing: ["frozen"], unless: ["canned", "tinned", "fillet", "fillets", "loin", "loins", "cooked", "pouch"] }, frozen!),
        to({ words: [sp!], allOf: [["fresh", "chilled"]], unless: ["canned", "fillet", "fillets", "loin", "loins", "cooked"] }, fresh!),
      ]),
      // Crustaceans prepared or preserved (1605): heading 0306 keeps them cooked only in shell (by steaming or boiling);
      // cooked and peeled, breaded, marinated or canned they are prepared (ch. 3 note; heading 1605). Shrimps and prawns
      // in airtight containers 160529, otherwise 160521; crab 160510; lobster 160530.
      to({ words: ["shrimp", "shrimps", "prawn", "prawns"], allOf: [["canned", "tinned", "airtight"]] }, "160529"),
      to({ words: ["shrimp", "shrimps", "prawn", "prawns"], allOf: [["cooked", "boiled", "steamed"], ["peeled", "kernels", "deveined", "meat"]] }, "160521"),
      to({ words: ["shrimp", "shrimps", "prawn", "prawns"], allOf: [["breaded", "battered", "tempura", "marinated", "in sauce", "in garlic sauce", "seasoned", "dumplings", "ready meal"]] }, "160521"),
      to({ words: ["crab", "crabs", "crab meat"], allOf: [["canned", "tinned", "pasteurized", "pasteurised"]] }, "160510"),
      to({ words: ["canned", "tinned", "in brine", "in oil", "in olive oil", "in sunflower oil", "in tomato sauce", "in water", "fish sticks", "fish fingers", "surimi", "crab sticks", "caviar"] }, "1604"),
      // Crustaceans by kind and state: frozen 03061x, live, fresh or chilled 03063x (shrimps and prawns 030617/030636,
      // crabs 030614/030633, lobsters 030612/030632).
      to({ words: ["shrimp", "shrimps", "prawn", "prawns"], processing: ["frozen"] }, "030617"),
      to({ words: ["shrimp", "shrimps", "prawn", "prawns"], allOf: [["frozen", "iqf"]] }, "030617"),
      to({ words: ["crab", "crabs"], allOf: [["frozen"]] }, "030614"),
      to({ words: ["lobster"], allOf: [["frozen"]] }, "030612"),
      to({ words: ["shrimp", "shrimps", "prawn", "prawns", "lobster", "crab", "crabs", "crayfish", "crawfish", "dried shrimp"] }, "0306"),
      to({ words: ["scallops", "mussels", "oysters", "clams", "squid", "octopus", "calamari", "cuttlefish", "abalone"] }, "0307"),
      to({ words: ["sea cucumber"] }, "0308"),
      to({ words: ["dried", "smoked", "salted", "stockfish", "fish maw", "shark fin"] }, "0305"),
      to({ words: ["fillet", "fillets"] }, "0304"),
      to({ processing: ["frozen"] }, "0303"),
    ],
    note: "fish and seafood ch. 03 (fresh 0302, frozen 0303, fillets 0304, dried/smoked 0305, crustaceans 0306, molluscs 0307); prepared or canned 1604/1605",
  }),
  e("milk|fresh milk|whole milk|skimmed milk|uht milk|milk powder|powdered milk|dried milk|condensed milk|evaporated milk|whipping cream|heavy cream|sour cream|yogurt|yoghurt|greek yogurt|kefir|buttermilk|whey powder|butter|ghee|cheese|cheeses|cheddar|mozzarella|parmesan|cream cheese|cottage cheese|feta|brie|gouda|processed cheese|cheese slices|grated cheese|eggs|egg|chicken eggs|quail eggs|duck eggs|salted egg|century egg|egg powder|honey|raw honey|manuka honey|honeycomb|royal jelly|bee pollen|propolis", "0401", {
    splits: [
      to({ words: ["milk powder", "powdered milk", "dried milk"] }, "0402"),
      to({ words: ["condensed", "evaporated"] }, "0402"),
      to({ words: ["yogurt", "yoghurt", "kefir", "buttermilk", "sour cream"] }, "0403"),
      to({ words: ["whey"] }, "0404"),
      to({ words: ["butter", "ghee"] }, "0405"),
      // Cheese by kind (0406): fresh 040610, grated or powdered 040620, processed 040630, blue-veined 040640, other 040690.
      to({ words: ["cheese", "cheeses", "cheddar", "parmesan"], allOf: [["grated", "powdered", "shredded", "powder"]] }, "040620"),
      to({ words: ["cheese", "cheeses", "cheese slices"], allOf: [["processed", "cheese spread", "spreadable"]] }, "040630"),
      to({ words: ["cheese", "cheeses"], allOf: [["blue", "stilton", "gorgonzola", "roquefort", "danish blue"]] }, "040640"),
      to({ words: ["cream cheese", "cottage cheese", "mozzarella", "ricotta", "mascarpone", "quark", "paneer", "burrata"] }, "040610"),
      to({ words: ["cheese", "cheeses", "cheddar", "mozzarella", "parmesan", "feta", "brie", "gouda"] }, "040690"),
      to({ words: ["egg powder"] }, "0408"),
      to({ words: ["egg", "eggs"] }, "0407"),
      to({ words: ["honey", "honeycomb"] }, "040900"),
      to({ words: ["royal jelly", "bee pollen", "propolis"] }, "0410"),
    ],
    note: "dairy produce ch. 04 (milk and cream 0401/0402, yogurt 0403, whey 0404, butter 0405, cheese 0406), eggs 0407/0408, natural honey 040900",
  }),
  e("human hair raw|animal hair|horsehair|pig bristles|hog bristles|badger hair|feathers raw|down raw|bones|animal bones|antlers|horns|ivory raw|coral raw|sea shells|seashells|conch shell|cowrie shells|sponges natural|natural sponge|sea sponge|ambergris|dried insects|bird nest|edible bird's nest|animal guts|sausage casings|natural casings|animal blood", "0511", {
    splits: [
      // "Shaving Brush Badger Hair", "Horsehair Shoe Brush": the hair or bristle names what a brush is made of; the
      // goods are brushes (9603; shaving brushes 9603.29), not the raw animal product.
      to({ words: ["shaving", "shave"], allOf: [["brush", "brushes"]] }, "960329"),
      to({ words: ["brush", "brushes"] }, "9603"),
      to({ words: ["horsehair", "animal hair", "badger"], unless: ["brush", "brushes"] }, "0511"),
      to({ words: ["pig bristles", "hog bristles"], unless: ["brush", "brushes"] }, "0502"),
      to({ words: ["feathers raw", "down raw"] }, "0505"),
      to({ words: ["bones", "animal bones", "antlers", "horns"] }, "0506"),
      to({ words: ["ivory"] }, "0507"),
      to({ words: ["sea shells", "seashells", "shells", "conch", "cowrie", "coral"] }, "0508"),
      to({ words: ["sponge", "sponges"] }, "0511"),
      to({ words: ["bird nest", "bird's nest"] }, "0410"),
      to({ words: ["guts", "casings"] }, "0504"),
    ],
    note: "products of animal origin n.e.c. ch. 05 (bristles 0502, feathers/down 0505, bones/horns 0506–0507, shells and coral 0508, other 0511)",
  }),
];

const vegetable: LexiconEntry[] = [
  e("flower bulbs|bulbs for planting|tulip bulbs|bulbs garden|live plants|live plant|house plant|houseplant|indoor plant|succulent|succulents|cactus|cacti|bonsai tree|bonsai|orchid plant|seedlings|plant cuttings|tree sapling|saplings|fruit tree|rose bush|mushroom spawn|fresh flowers|cut flowers|cut flower|fresh roses|cut roses|long stem roses|rose stems|rose bouquet|bouquet of roses|flower bouquet fresh|bouquet fresh|dried flowers|dried flower|preserved flowers real|pampas grass|dried pampas grass|moss|preserved moss|reindeer moss|christmas tree real|foliage fresh|eucalyptus stems|seeds for planting|seeds|garden seeds|vegetable seeds|flower seeds|grass seed|lawn seed|microgreens seeds", "0602", {
    splits: [
      // "Fake Eucalyptus Stems", "Artificial Succulents": imitation plants are articles of heading 6702 (ch. 6 note 1).
      to({ words: ["artificial", "fake", "faux", "imitation"], material: ["plastic", "rubber"] }, "670210"),
      to({ words: ["artificial", "fake", "faux", "imitation"] }, "670290"),
      to({ words: ["bulbs"] }, "0601"),
      to({ words: ["fresh flowers", "cut flowers", "cut flower", "fresh roses", "cut roses", "long stem roses", "rose stems", "rose bouquet", "bouquet of roses", "flower bouquet fresh", "bouquet fresh", "dried flowers", "dried flower", "preserved flowers", "pampas", "dried pampas"], unless: ["artificial", "fake", "faux", "imitation", "silk roses", "silk flowers"] }, "0603"),
      to({ words: ["moss", "preserved moss", "reindeer moss", "foliage", "eucalyptus stems", "christmas tree real"], unless: ["artificial", "fake", "faux", "imitation"] }, "0604"),
      to({ words: ["seeds", "seed"] }, "1209"),
    ],
    note: "live plants 0602, bulbs 0601, cut flowers and dried flowers 0603, foliage and moss 0604; seeds for sowing 1209",
  }),
  e("vegetables|vegetable|fresh vegetables|beans|pepper vegetable|bell peppers|chili pepper fresh|chilli fresh|aubergine|courgette|squash|shiitake|truffle|dried mushrooms|artichoke|okra|corn on the cob|sweet corn|ginger fresh|fresh ginger|yam|seaweed|nori|dried seaweed|kelp|wakame", "0709", {
    splits: [
      to({ words: ["potato", "potatoes"] }, "0701"),
      to({ words: ["tomato", "tomatoes"] }, "0702"),
      to({ words: ["onion", "onions", "garlic", "shallots", "leek"] }, "0703"),
      to({ words: ["cabbage", "cauliflower", "broccoli", "kale"] }, "0704"),
      to({ words: ["lettuce"] }, "0705"),
      to({ words: ["carrot", "carrots", "beetroot", "radish"] }, "0706"),
      to({ words: ["cucumber", "cucumbers", "gherkins"] }, "0707"),
      to({ words: ["pickles"] }, "2001"),
      to({ words: ["peas", "green beans"] }, "0708"),
      to({ words: ["dried beans", "chickpeas", "lentils", "kidney beans", "black beans", "mung beans", "beans"] }, "0713"),
      to({ words: ["soybeans", "soy beans"] }, "1201"),
      to({ words: ["sweet potato", "yam", "cassava", "taro"] }, "0714"),
      to({ words: ["ginger"] }, "0910"),
      to({ words: ["seaweed", "nori", "kelp", "wakame"] }, "1212"),
      to({ words: ["dried mushrooms"] }, "0712"),
      to({ processing: ["frozen"] }, "0710"),
      to({ processing: ["dried"] }, "0712"),
    ],
    note: "edible vegetables ch. 07 (potatoes 0701, tomatoes 0702, alliums 0703, brassicas 0704, frozen 0710, dried 0712, pulses 0713, roots 0714, other 0709); seaweed 1212",
  }),
  e("fruit|fruits|fresh fruit|fresh oranges|navel oranges|blood orange|fresh cherries|fresh peaches|apple fruit|shelled walnuts|green olives|black olives|frozen fruit|dates|dried mango|lemon|raisins|sultanas|melon|pear|dried apricots|raspberry|blackberries|cranberries|dried cranberries|goji berries|kiwifruit|durian|lychee|longan|rambutan|dragon fruit|passion fruit|persimmon|pomegranate|jackfruit|coconut|coconuts|desiccated coconut|coconut flakes|pecan|roasted nuts|salted nuts", "0810", {
    splits: [
      // Olives are vegetables (ch. 7), not fruit of ch. 8: fresh 0709.92, in vinegar 2001.90, otherwise prepared
      // (pitted, in brine in jars, stuffed) 2005.70.
      to({ words: ["olive", "olives"], allOf: [["vinegar"]] }, "200190"),
      to({ words: ["olive", "olives"], allOf: [["brine", "canned", "tinned", "jar", "jars", "pitted", "stuffed", "marinated", "in oil", "preserved", "sliced", "kalamata"]] }, "200570"),
      to({ words: ["olive", "olives"] }, "070992"),
      to({ words: ["coconut", "coconuts", "desiccated", "coconut flakes", "brazil nuts", "cashew", "cashews"] }, "0801"),
      to({ words: ["almond", "almonds", "walnut", "walnuts", "hazelnut", "hazelnuts", "pistachio", "pistachios", "pecan", "pecans", "macadamia", "pine nuts", "chestnuts"] }, "0802"),
      to({ words: ["peanut", "peanuts", "groundnuts"], processing: ["roasted"] }, "2008"),
      to({ words: ["peanut", "peanuts", "groundnuts"] }, "1202"),
      to({ words: ["trail mix", "nut mix", "mixed nuts", "roasted nuts", "salted nuts", "roasted peanuts"] }, "2008"),
      to({ words: ["banana", "bananas", "plantain"] }, "0803"),
      to({ words: ["dates", "figs", "pineapple", "avocado", "avocados", "mango", "mangoes", "guava"] }, "0804"),
      to({ words: ["orange", "oranges", "mandarin", "mandarins", "tangerine", "clementine", "lemon", "lemons", "lime", "limes", "grapefruit"] }, "0805"),
      to({ words: ["grapes", "raisins", "sultanas"] }, "0806"),
      // Headings 0807–0809 take these fruits fresh only: dried ones are 0813, frozen ones 0811 (the splits below).
      to({ words: ["watermelon", "melon", "melons", "papaya"], unless: FRESH_ONLY_NOT }, "0807"),
      to({ words: ["apple", "apples", "pear", "pears", "quince"], unless: FRESH_ONLY_NOT }, "0808"),
      to({ words: ["apricot", "apricots", "cherry", "cherries", "peach", "peaches", "plum", "plums", "nectarine"], unless: FRESH_ONLY_NOT }, "0809"),
      // Dried fruit with added sugar ("sweetened dried cranberries", sugar-infused) no longer has the character of a dried
      // fruit of ch. 8 (note 3 allows only preserving treatments): otherwise prepared fruit of 2008 (cranberries 2008.93).
      to({ words: ["cranberries", "cranberry"], allOf: [["sweetened", "sugar infused", "infused", "sugared"]] }, "200893"),
      to({ words: ["dried"], allOf: [["sweetened", "sugar infused", "infused", "sugared"]] }, "2008"),
      to({ words: ["prunes", "dried fruit", "dried fruits", "dried"] }, "0813"),
      to({ processing: ["frozen"] }, "0811"),
    ],
    note: "edible fruit and nuts ch. 08 (coconuts/brazil/cashews 0801, other nuts 0802, bananas 0803, dates/figs/mangoes 0804, citrus 0805, grapes 0806, melons 0807, apples/pears 0808, stone fruit 0809, other 0810, frozen 0811, dried 0813); roasted nuts 2008",
  }),
  e("coffee|whole bean coffee|arabica coffee|robusta coffee|dark roast coffee|medium roast coffee|light roast coffee|coffee grounds|coffee beans|coffee bean|fresh coffee|green coffee beans|roasted coffee|roasted coffee beans|ground coffee|coffee powder|espresso beans|decaf coffee|coffee pods|coffee capsules|instant coffee|coffee mix|3 in 1 coffee|coffee extract|cold brew concentrate|tea|teas|green tea|black tea|oolong tea|white tea|pu erh tea|puerh|matcha|matcha powder|tea bags|teabags|loose leaf tea|earl grey|jasmine tea|herbal tea|tisane|chamomile tea|peppermint tea|rooibos|fruit tea|flower tea|yerba mate|mate tea|iced tea powder|milk tea powder|bubble tea kit|cocoa|cocoa powder|cocoa beans|cacao nibs|hot chocolate|hot chocolate powder|drinking chocolate", "0901", {
    splits: [
      to({ words: ["instant coffee", "coffee mix", "3 in 1", "coffee extract", "cold brew concentrate"] }, "2101"),
      to({ words: ["green coffee"] }, "090111"),
      to({ words: ["decaf"] }, "090122"),
      to({ words: ["coffee"] }, "090121"),
      // Tea bags are immediate packings of far less than 3 kg: the kind of tea decides between 090210 and 090230.
      to({ words: ["tea bags", "teabags", "tea bag"], allOf: [["green", "matcha", "white tea"]] }, "090210"),
      to({ words: ["tea bags", "teabags", "tea bag"], allOf: [["black", "oolong", "earl grey", "english breakfast", "assam", "ceylon", "darjeeling"]] }, "090230"),
      to({ words: ["green tea", "matcha", "white tea"] }, "090210"),
      to({ words: ["black tea", "oolong", "pu erh", "puerh", "earl grey"] }, "090230"),
      to({ words: ["yerba mate", "mate tea"] }, "090300"),
      to({ words: ["herbal tea", "tisane", "chamomile", "peppermint tea", "rooibos", "fruit tea", "flower tea"] }, "2106"),
      to({ words: ["iced tea powder", "milk tea powder", "bubble tea"] }, "2101"),
      to({ words: ["tea", "teas", "tea bags", "teabags", "loose leaf", "jasmine"] }, "0902"),
      to({ words: ["cocoa beans", "cacao nibs"] }, "1801"),
      to({ words: ["cocoa powder"] }, "1805"),
      to({ words: ["hot chocolate", "drinking chocolate"] }, "180610"),
    ],
    note: "coffee 0901 (roasted 090121), tea 0902 (green ≤ 3 kg 090210, black 090230), maté 0903; instant coffee and tea extracts 2101; cocoa 18xx; herbal infusions 1211/2106",
  }),
  e("spices|spice|spice mix|seasoning|seasonings|black pepper|peppercorns|cumin|cumin seed|cumin seeds|coriander seed|coriander seeds|white pepper|ground pepper|chili powder|chilli powder|paprika|cayenne|chili flakes|red pepper flakes|dried chili|vanilla beans|vanilla pods|cinnamon|cinnamon sticks|cloves|nutmeg|mace|cardamom|cumin|coriander seeds|fennel seeds|anise|star anise|ginger powder|turmeric|turmeric powder|saffron|curry powder|garam masala|bay leaves|thyme|oregano|basil dried|dried herbs|mixed herbs|herbs|oats|rolled oats|oatmeal|porridge oats|rice|basmati rice|jasmine rice|brown rice|sushi rice|glutinous rice|wild rice|wheat|barley|corn|maize|popcorn kernels|sorghum|millet|flour|wheat flour|plain flour|bread flour|cake flour|rice flour|corn flour|cornstarch|corn starch|potato starch|tapioca starch|tapioca pearls|almond flour|coconut flour|semolina|couscous|bran|wheat gluten|malt|malt extract", "0904", {
    splits: [
      // Pepper of the genus Piper: whole (neither crushed nor ground) 0904.11, crushed or ground 0904.12.
      to({ words: ["peppercorns", "black pepper", "white pepper", "ground pepper"], allOf: [["ground", "crushed", "powder", "cracked", "fine", "coarse", "milled"]] }, "090412"),
      to({ words: ["peppercorns", "black pepper", "white pepper"], allOf: [["whole", "peppercorns", "corns"]] }, "090411"),
      to({ words: ["vanilla"] }, "0905"),
      // Cinnamon: crushed or ground 0906.20; whole Ceylon cinnamon (Cinnamomum zeylanicum) 0906.11, other whole 0906.19.
      to({ words: ["cinnamon"], allOf: [["ground", "powder", "crushed", "powdered"]] }, "090620"),
      to({ words: ["cinnamon"], allOf: [["ceylon", "zeylanicum", "true cinnamon"]] }, "090611"),
      to({ words: ["cinnamon"] }, "0906"),
      to({ words: ["cloves"] }, "0907"),
      to({ words: ["nutmeg", "mace", "cardamom"] }, "0908"),
      // Seeds of anise, coriander, cumin, caraway and fennel (0909): neither crushed nor ground 0909.x1, else 0909.x2.
      to({ words: ["cumin", "jeera"], allOf: [["ground", "powder", "crushed"]] }, "090932"),
      to({ words: ["cumin", "jeera"] }, "090931"),
      to({ words: ["coriander"], allOf: [["ground", "powder", "crushed"]] }, "090922"),
      to({ words: ["coriander"] }, "090921"),
      to({ words: ["cumin", "coriander", "fennel", "anise", "star anise"] }, "0909"),
      to({ words: ["ginger", "turmeric", "saffron", "curry", "thyme", "bay leaves", "garam masala"] }, "0910"),
      to({ words: ["oregano", "basil", "dried herbs", "mixed herbs", "herbs"] }, "1211"),
      to({ words: ["seasoning", "seasonings", "spice mix"] }, "2103"),
      to({ words: ["sesame", "chia", "flax", "flaxseed", "sunflower seeds", "pumpkin seeds", "hemp seeds", "poppy"] }, "1207"),
      to({ words: ["quinoa", "buckwheat", "millet", "sorghum"] }, "1008"),
      to({ words: ["oats", "oatmeal", "rolled oats", "porridge"] }, "1104"),
      // Rice as sold to eat is milled (white) rice 100630; brown rice is husked 100620, paddy 100610, broken 100640;
      // "wild rice" is Zizania, a cereal of 1008 (100890), not rice.
      to({ words: ["wild rice"] }, "100890"),
      to({ words: ["brown rice", "husked rice", "cargo rice"] }, "100620"),
      to({ words: ["paddy", "rough rice", "rice in the husk"] }, "100610"),
      to({ words: ["broken rice"] }, "100640"),
      to({ words: ["rice"] }, "100630"),
      to({ words: ["wheat flour", "plain flour", "bread flour", "cake flour", "flour"] }, "1101"),
      // Flours of nuts and coconut (chapter 8 products) are 1106.30, not cereal flours (1102).
      to({ words: ["almond flour", "coconut flour"] }, "110630"),
      to({ words: ["rice flour", "corn flour"] }, "1102"),
      // Starches by plant: maize 1108.12, potato 1108.13, manioc (tapioca) 1108.14.
      to({ words: ["cornstarch", "corn starch"] }, "110812"),
      to({ words: ["potato starch"] }, "110813"),
      to({ words: ["tapioca starch"] }, "110814"),
      to({ words: ["tapioca pearls"] }, "1903"),
      to({ words: ["semolina"] }, "1103"),
      to({ words: ["couscous"] }, "190240"),
      to({ words: ["wheat gluten"] }, "1109"),
      to({ words: ["malt extract"] }, "1901"),
      to({ words: ["malt"] }, "1107"),
      to({ words: ["wheat"] }, "1001"),
      to({ words: ["barley"] }, "1003"),
      to({ words: ["corn", "maize", "popcorn kernels"] }, "1005"),
      to({ words: ["bran"] }, "2302"),
    ],
    note: "spices ch. 09 (pepper/chili 0904, vanilla 0905, cinnamon 0906 …), cereals ch. 10, milling products ch. 11, oil seeds 1207; seasoning mixes 2103",
  }),
  e("olive oil|extra virgin olive oil|rice bran oil|vegetable oil|cooking oil|sunflower oil|sunflower seed oil|safflower oil|cottonseed oil|cotton seed oil|soya oil|soya bean oil|soybean oil|corn oil|maize oil|canola oil|rapeseed oil|soybean oil|palm oil|coconut oil|virgin coconut oil|sesame oil|peanut oil|avocado oil|argan oil|castor oil|jojoba oil|almond oil|sweet almond oil|grapeseed oil|flaxseed oil|linseed oil|fish oil|cod liver oil|lard|tallow|margarine|shortening|cocoa butter|shea butter|mango butter|beeswax food", "1509", {
    splits: [
      to({ words: ["sunflower", "safflower", "cottonseed", "cotton seed"] }, "1512"),
      // Rice bran oil is a fixed vegetable oil of 1515 (1515.90), not the bran (2302).
      to({ words: ["rice bran oil"] }, "151590"),
      to({ words: ["corn oil", "maize oil"] }, "1515"),
      to({ words: ["canola", "rapeseed"] }, "1514"),
      to({ words: ["soybean", "soya"] }, "1507"),
      to({ words: ["palm"] }, "1511"),
      to({ words: ["coconut"] }, "1513"),
      to({ words: ["sesame", "castor", "jojoba", "linseed", "flaxseed", "grapeseed", "avocado", "argan", "almond"] }, "1515"),
      to({ words: ["peanut"] }, "1508"),
      to({ words: ["fish oil", "cod liver"] }, "1504"),
      to({ words: ["lard", "tallow"] }, "1501"),
      to({ words: ["margarine", "shortening"] }, "1517"),
      to({ words: ["cocoa butter"] }, "1804"),
      to({ words: ["shea butter", "mango butter"] }, "1515"),
      to({ words: ["vegetable oil", "cooking oil"] }, "1517"),
    ],
    note: "animal and vegetable fats and oils ch. 15 by source (olive 1509, soya 1507, palm 1511, sunflower 1512, coconut 1513, rapeseed 1514, other 1515, margarine 1517); cocoa butter 1804",
  }),
];

const prepared: LexiconEntry[] = [
  // Chocolate in blocks, slabs or bars: filled 1806.31, not filled 1806.32 (whole nuts or fruit are no filling); above
  // 2 kg (bulk couverture) 1806.20.
  e("chocolate bar|chocolate bars|milk chocolate bar|dark chocolate bar|white chocolate bar|bar of chocolate|chocolate block|chocolate slab|chocolate tablet|chocolate candy bar", "180632", {
    splits: [
      to({ words: ["couverture", "bulk"] }, "180620"),
      to({ words: ["filled", "cream filled", "caramel filled", "with filling", "fondant", "praline filling"] }, "180631"),
    ],
    note: "chocolate in blocks, slabs or bars ≤ 2 kg: filled 180631, not filled 180632; > 2 kg 180620",
  }),
  e("sugar|white sugar|brown sugar|cane sugar|raw sugar|powdered sugar|icing sugar|sugar cubes|rock sugar|coconut sugar|maple syrup|syrup|golden syrup|corn syrup|glucose syrup|molasses|stevia|sweetener|artificial sweetener|erythritol|candy|candies|sweets|confectionery|lollipop|lollipops|gummy|gummies|gummy bears|jelly beans|marshmallow|marshmallows|toffee|caramels|hard candy|mints|breath mints|licorice|liquorice|cotton candy|chewing gum|bubble gum|nougat|fudge|halva|turkish delight|candy floss|rock candy|chocolate|chocolates|dark chocolate|milk chocolate|white chocolate|truffles chocolate|chocolate truffle|chocolate truffles|pralines|chocolate spread|hazelnut spread|nutella|sweet spread|sweet spreads|cocoa spread|chocolate hazelnut spread|hazelnut cocoa spread|chocolate chips|cocoa nibs chocolate|chocolate coated|chocolate covered", "1701", {
    splits: [
      // A sweet spread is chocolate (1806.90) when it contains cocoa (ch. 17 note 1(b) sends such goods out of 1704);
      // without cocoa (caramel or biscuit spreads) a food preparation of 2106.90, never "sweets".
      to({ words: ["sweet spread", "sweet spreads"], unless: ["cocoa", "chocolate"] }, "210690"),
      to({ words: ["maple syrup", "syrup", "golden syrup", "corn syrup", "glucose syrup", "molasses"] }, "1702"),
      // Sugar of the coconut or sugar palm is neither cane nor beet sugar (1701): other sugars 1702.90.
      to({ words: ["coconut sugar", "palm sugar", "jaggery palm"] }, "170290"),
      to({ words: ["stevia", "sweetener", "erythritol"] }, "2106"),
      // Sugar confectionery is made with sugar: gum and sweets sweetened with polyols or synthetic sweeteners instead
      // ("sugar-free") are food preparations of 2106.90 (Explanatory Note to 17.04, exclusion (c)).
      to({ words: ["chewing gum", "bubble gum"], unless: SUGAR_FREE }, "170410"),
      to({ words: ["white chocolate"] }, "170490"),
      to({ words: SUGAR_FREE, allOf: [["chewing gum", "bubble gum", "gum", "candy", "candies", "sweets", "lollipop", "lollipops", "gummy", "gummies", "mints", "breath mints", "hard candy", "toffee", "caramels", "licorice", "liquorice", "confectionery", "pastilles", "lozenges"]] }, "210690"),
      // Chocolate not in blocks, slabs or bars (those have an entry of their own below): pralines, truffles, spreads → 1806.90.
      to({ words: ["chocolate", "chocolates", "truffles", "pralines", "nutella", "hazelnut spread", "chocolate spread", "chocolate chips", "sweet spread", "sweet spreads", "cocoa spread"] }, "180690"),
      to({ unless: SUGAR_FREE, words: ["candy", "candies", "sweets", "confectionery", "lollipop", "lollipops", "gummy", "gummies", "jelly beans", "marshmallow", "marshmallows", "toffee", "caramel", "caramels", "hard candy", "mints", "breath mints", "licorice", "liquorice", "cotton candy", "candy floss", "nougat", "fudge", "halva", "turkish delight", "rock candy"] }, "170490"),
    ],
    note: "sugars 1701/1702; sugar confectionery 1704 (chewing gum 170410, other 170490); chocolate and cocoa preparations 1806",
  }),
  e("pasta|spaghetti|macaroni|penne|fusilli|lasagna sheets|noodles|egg noodles|rice noodles|instant noodles|ramen|instant ramen|cup noodles|udon|soba|vermicelli|glass noodles|dumplings|frozen dumplings|ravioli|tortellini|gnocchi|bread|breads|taco shell|taco shells|tostada|tostadas|loaf|baguette|toast bread|pita|tortilla|tortillas|wraps bread|naan|crackers|crispbread|rice cakes|biscuits|biscuit|cookies|cookie|shortbread|wafer|wafers|waffles|cake|cakes|cupcakes|muffins|brownies|pastries|pastry|croissant|croissants|donuts|doughnuts|pie|pies|mooncake|mooncakes|pretzels|rusks|gingerbread|breakfast cereal|cereal|cereals|cornflakes|corn flakes|granola|muesli|oat cereal|puffed rice|baby cereal|infant formula|baby formula|formula milk|baby food|baby puree|pizza|frozen pizza|sandwich|sandwiches|burger|ready meal|ready meals|instant food|instant meal|instant soup|soup|soups|broth|stock cube|bouillon|bouillon cubes|sauce|sauces|soy sauce|ketchup|tomato ketchup|dijon mustard|mustard sauce|mayonnaise|mayo|hot sauce|chili sauce|sriracha|bbq sauce|barbecue sauce|pasta sauce|pesto|curry paste|salad dressing|vinegar|balsamic vinegar|apple cider vinegar|jam|jams|jelly|marmalade|fruit preserves|peanut butter|almond butter|nut butter|canned fruit|canned vegetables|canned beans|canned corn|baked beans|tomato paste|tomato puree|canned tomatoes|juice|juices|ice cream|gelato|frozen yogurt dessert|popsicle|ice lolly|pudding|jelly dessert|custard powder|baking powder|yeast|dry yeast|baking mix|cake mix|pancake mix|gelatin|gelatine|agar|tofu|tempeh|soy milk|oat milk|almond milk|plant milk|chips|popcorn|snacks|snack|snack food|puffed snacks|rice crackers|seaweed snack|protein bar|protein bars|granola bar|energy bar|cereal bar", "1902", {
    splits: [
      to({ words: ["bread", "breads", "loaf", "baguette", "toast", "pita", "tortilla", "tortillas", "taco shell", "taco shells", "tostada", "tostadas", "wraps", "naan", "crackers", "crispbread", "rice cakes", "pretzels", "rusks", "pastries", "pastry", "croissant", "croissants", "donuts", "doughnuts", "pie", "pies", "mooncake", "mooncakes", "cake", "cakes", "cupcakes", "muffins", "brownies", "pizza"] }, "1905"),
      to({ words: ["biscuit", "biscuits", "cookie", "cookies", "shortbread"] }, "190531"),
      to({ words: ["wafer", "wafers", "waffles"] }, "190532"),
      to({ words: ["gingerbread"] }, "190520"),
      // Corn flakes and puffed grains are cereals swollen or roasted (190410); muesli of unroasted flakes 190420.
      to({ words: ["cornflakes", "corn flakes", "puffed rice", "puffed wheat", "puffed corn", "rice krispies"] }, "190410"),
      to({ words: ["muesli"] }, "190420"),
      to({ words: ["breakfast cereal", "cereal", "cereals", "granola", "oat cereal"], unless: ["cornflakes", "corn flakes", "puffed rice", "puffed wheat", "puffed corn", "rice krispies", "muesli"] }, "1904"),
      to({ words: ["infant formula", "baby formula", "formula milk", "baby cereal"] }, "1901"),
      to({ words: ["baby food", "baby puree"] }, "2104"),
      to({ words: ["instant soup", "soup", "soups", "broth", "stock cube", "bouillon"] }, "2104"),
      to({ words: ["soy sauce"] }, "210310"),
      to({ words: ["ketchup"] }, "210320"),
      to({ words: ["mustard"] }, "210330"),
      to({ words: ["sauce", "sauces", "mayonnaise", "mayo", "hot sauce", "chili sauce", "sriracha", "bbq sauce", "barbecue sauce", "pasta sauce", "pesto", "curry paste", "salad dressing"] }, "210390"),
      to({ words: ["vinegar"] }, "2209"),
      to({ words: ["jam", "jams", "jelly", "marmalade", "preserves"] }, "2007"),
      to({ words: ["peanut butter", "almond butter", "nut butter", "canned fruit"] }, "2008"),
      to({ words: ["tomato paste", "tomato puree", "canned tomatoes"] }, "2002"),
      to({ words: ["canned vegetables", "canned beans", "canned corn", "baked beans", "olives", "pickled", "kimchi", "sauerkraut"] }, "2005"),
      to({ words: ["juice", "juices", "juice concentrate"] }, "2009"),
      to({ words: ["ice cream", "gelato", "frozen yogurt", "popsicle", "ice lolly"] }, "210500"),
      // Heading 2102: active yeasts 2102.10 (baker's, dry, instant), inactive yeasts 2102.20 (nutritional yeast flakes),
      // prepared baking powders 2102.30.
      to({ words: ["baking powder"] }, "210230"),
      to({ words: ["nutritional yeast", "inactive", "yeast flakes", "brewers yeast", "brewer's yeast", "yeast extract"] }, "210220"),
      to({ words: ["yeast"], unless: ["nutritional", "inactive", "yeast flakes", "brewers yeast", "brewer's yeast", "yeast extract"] }, "210210"),
      to({ words: ["gelatin", "gelatine"] }, "3503"),
      to({ words: ["agar"] }, "1302"),
      // Chips of a named vegetable or fruit other than potato: tomatoes 200210, other vegetables 200599, apples 081330.
      to({ words: ["chips", "crisps"], allOf: [["tomato", "tomatoes"]] }, "200210"),
      to({ words: ["chips", "crisps"], allOf: [["onion", "onions", "pepper", "peppers", "beetroot", "carrot", "carrots", "parsnip", "parsnips", "kale", "sweet potato", "courgette", "zucchini", "okra", "mushroom", "mushrooms", "taro", "lotus root", "pumpkin", "cassava", "yam", "vegetable", "veggie"]] }, "200599"),
      to({ words: ["chips", "crisps"], allOf: [["apple", "apples"]] }, "081330"),
      to({ words: ["chips", "potato chips", "crisps"] }, "2005"),
      to({ words: ["tortilla chips", "popcorn", "puffed snacks", "rice crackers"] }, "1904"),
      to({ words: ["seaweed snack"] }, "2008"),
      // Plant "milks" are non-alcoholic beverages (2202.99), not food preparations.
      to({ words: ["soy milk", "oat milk", "almond milk", "plant milk"] }, "220299"),
      to({ words: ["tofu", "tempeh", "protein bar", "protein bars", "energy bar", "pudding", "jelly dessert", "custard", "baking mix", "cake mix", "pancake mix", "ready meal", "ready meals", "instant food", "instant meal", "sandwich", "sandwiches", "burger", "snack", "snacks", "snack food"] }, "2106"),
      to({ words: ["granola bar", "cereal bar"] }, "1904"),
      to({ words: ["dumplings", "ravioli", "tortellini"] }, "190220"),
      to({ words: ["instant noodles", "instant ramen", "cup noodles", "ramen"] }, "190230"),
      to({ words: ["egg noodles"] }, "190211"),
      // Uncooked pasta, not stuffed, "containing eggs" is 1902.11 whatever its shape ("spaghetti made with fresh eggs").
      to({ words: ["pasta", "spaghetti", "macaroni", "penne", "fusilli", "lasagna sheets", "noodles", "vermicelli", "tagliatelle", "fettuccine", "pappardelle"], allOf: [["egg", "eggs"]], unless: ["stuffed", "filled", "instant", "precooked", "ravioli", "tortellini"] }, "190211"),
      to({}, "190219"),
    ],
    note: "prepared foods by kind: pasta/noodles 1902, cereals 1904, bakery 1905, infant food 1901/2104, vegetables/fruit preparations ch. 20, sauces 2103, soups 2104, ice cream 2105, other food preparations 2106",
  }),
  e("bottled water|mineral water|spring water|sparkling water|soda water|tonic water|soft drink|soft drinks|soda|sodas|cola|lemonade|energy drink|energy drinks|sports drink|isotonic drink|iced tea drink|flavored water|coconut water|kombucha|non-alcoholic beer|alcohol free beer|beer|beers|craft beer|lager|ale|stout|cider|hard cider|mead|red wine|white wine|rose wine|sparkling wine|champagne|prosecco|port wine|sherry|sake|vermouth|spirits|liquor|whisky|whiskey|bourbon|scotch|rum|gin|vodka|tequila|mezcal|brandy|cognac|liqueur|liqueurs|baijiu|soju|absinthe|schnapps|ethyl alcohol|alcohol drink", "2202", {
    splits: [
      // Sports and energy drinks are other non-alcoholic beverages (2202.99), though they list water among their contents.
      to({ words: ["sports drink", "sports drinks", "energy drink", "energy drinks", "isotonic drink", "electrolyte drink"] }, "220299"),
      // Coconut water is the unfermented juice of the coconut (2009.89); waters with added sugar or flavour are 2202.10.
      to({ words: ["coconut water"] }, "200989"),
      to({ words: ["water", "sparkling water", "mineral water", "spring water", "soda water", "bottled water"], allOf: [["flavored", "flavoured", "flavor", "flavour", "sweetened", "fruit infused", "vitamin water"]] }, "220210"),
      to({ words: ["bottled water", "mineral water", "spring water", "sparkling water", "soda water", "water"] }, "2201"),
      to({ words: ["non-alcoholic beer", "alcohol free beer"] }, "220291"),
      to({ words: ["soft drink", "soft drinks", "soda", "sodas", "cola", "lemonade", "tonic", "flavored water"] }, "220210"),
      to({ words: ["beer", "beers", "lager", "ale", "stout"] }, "2203"),
      to({ words: ["sparkling wine", "champagne", "prosecco"] }, "220410"),
      // Still wine is traded in bottles (containers ≤ 2 l, 220421) unless bulk packing is stated.
      to({ words: ["wine", "wines", "red wine", "white wine", "rose wine"], allOf: [["bulk", "bag in box", "bag-in-box", "flexitank", "ibc", "tank"]] }, "220422"),
      to({ words: ["wine", "wines", "red wine", "white wine", "rose wine", "port", "sherry"] }, "220421"),
      to({ words: ["vermouth"] }, "2205"),
      to({ words: ["cider", "hard cider", "mead", "sake"] }, "2206"),
      to({ words: ["brandy", "cognac"] }, "220820"),
      to({ words: ["whisky", "whiskey", "bourbon", "scotch"] }, "220830"),
      to({ words: ["rum"] }, "220840"),
      to({ words: ["gin"] }, "220850"),
      to({ words: ["vodka"] }, "220860"),
      to({ words: ["liqueur", "liqueurs"] }, "220870"),
      to({ words: ["tequila", "mezcal", "baijiu", "soju", "absinthe", "schnapps", "spirits", "liquor"] }, "220890"),
      to({ words: ["ethyl alcohol"] }, "2207"),
      to({}, "220299"),
    ],
    note: "beverages ch. 22: waters 2201, sweetened/soft drinks 220210, other non-alcoholic 220299, beer 2203, wine 2204, vermouth 2205, cider/sake 2206, spirits 2208 by kind",
  }),
  e("dog food|cat food|pet food|dry dog food|wet dog food|dry cat food|wet cat food|kibble|dog treats|cat treats|pet treats|dog biscuits|dental chews dog|bird food|bird seed|birdseed|fish food|aquarium fish food|flake food|fish flakes|tropical fish food|pond fish food|koi food|goldfish food|fish pellets|rabbit food|hamster food|guinea pig food|reptile food|chicken feed|poultry feed|animal feed|livestock feed|horse feed|cattle feed|fish feed|pet supplements|hay for rabbits|timothy hay|dried mealworms|freeze dried treats", "2309", {
    splits: [
      to({ words: ["dog", "cat", "kibble", "pet food", "pet treats", "dental chews"] }, "230910"),
      to({ words: ["timothy hay", "hay for rabbits"] }, "1214"),
      to({ words: ["dried mealworms"] }, "0410"),
      to({}, "230990"),
    ],
    note: "dog or cat food put up for retail sale 230910; other animal feed preparations 230990; hay 1214",
  }),
  e("cigarette|cigarettes|cigar|cigars|cigarillos|tobacco|rolling tobacco|pipe tobacco|shisha tobacco|hookah tobacco|chewing tobacco|snuff|snus|tobacco leaf|raw tobacco|heated tobacco sticks|heets|terea|e-liquid|e liquid|eliquid|vape juice|vape liquid|nic salt|nicotine salt|nicotine liquid|nicotine pouch|nicotine free vape juice", "2402", {
    splits: [
      to({ words: ["cigar", "cigars", "cigarillos"] }, "240210"),
      to({ words: ["cigarette", "cigarettes"] }, "240220"),
      to({ words: ["tobacco leaf", "raw tobacco"] }, "2401"),
      to({ words: ["heated tobacco", "heets", "terea"] }, "240411"),
      to({ words: ["nicotine free"] }, "240419"),
      to({ words: ["e-liquid", "e liquid", "eliquid", "vape juice", "vape liquid", "nic salt", "nicotine salt", "nicotine liquid"] }, "240412"),
      to({ words: ["nicotine pouch", "snus"] }, "240491"),
      to({ words: ["rolling tobacco", "pipe tobacco", "shisha", "hookah tobacco", "chewing tobacco", "snuff"] }, "2403"),
    ],
    note: "tobacco ch. 24 (leaf 2401, cigars 240210, cigarettes 240220, other manufactured 2403, products for inhalation without combustion 2404: tobacco 240411, nicotine e-liquids 240412, nicotine-free 240419, oral nicotine 240491)",
  }),
];

/** Words that make a farm animal's name its meat ("lamb chops", "minced goat", "frozen pork"). */
const MEAT_WORDS = ["meat", "mince", "minced", "chops", "leg", "legs", "shoulder", "shank", "shanks", "rack", "steak", "steaks", "fillet", "fillets", "cutlets", "carcass", "carcasses", "carcase", "halal", "frozen", "chilled", "joint", "roast", "ribs", "loin", "belly", "breast", "thighs", "wings", "offal", "liver", "kidneys"];

/**
 * Live farm animals (ch. 1) by trade name; their meat (ch. 2) when the text speaks of meat; pure-bred breeding
 * animals when it says breeding / pedigree.
 */
function liveStock(terms: string, c: { other: string; breeding: string; meat: string; hides?: string; wool?: string }): LexiconEntry[] {
  const splits = [
    to({ words: MEAT_WORDS }, c.meat),
    ...(c.wool ? [to({ words: ["wool", "fleece", "fleeces"] }, c.wool)] : []),
    ...(c.hides ? [to({ words: ["hide", "hides", "skin", "skins", "pelt", "pelts"] }, c.hides)] : []),
    to({ words: ["pure-bred", "purebred", "breeding", "pedigree"] }, c.breeding),
  ];
  return [e(terms, c.other, { splits, note: `live animals ${c.other.slice(0, 4)} (pure-bred breeding ${c.breeding}, other ${c.other}); their meat ${c.meat}${c.hides ? `, raw hides ${c.hides}` : ""}${c.wool ? `, wool ${c.wool}` : ""}` })];
}

// ---------------------------------------------------------------------------------------------
// Trade names for goods of chapters 01–24 that the entries above did not name.
// ---------------------------------------------------------------------------------------------
const tradeNames: LexiconEntry[] = [
  e("stallion|stallions|mare|mares|foal|foals|gelding|geldings|colt|colts|filly|fillies|stud horse|stud horses|breeding horse|breeding horses|racehorse|racehorses|thoroughbred horse|purebred horse|riding horse|riding horses", "0101", {
    splits: [to({ words: ["breeding", "stud", "purebred", "pure-bred", "pedigree", "studbook"] }, "010121"), to({}, "010129")],
    note: "live horses 0101: pure-bred breeding animals 010121, other horses 010129",
  }),
  e("chicken fillet|chicken fillets|chicken breast fillets|chicken drumsticks|chicken legs|chicken leg quarters|chicken tenders|chicken mince|minced chicken|chicken cuts|turkey breast|turkey fillets|duck breast|duck legs", "0207", {
    splits: [
      to({ words: ["chicken", "turkey", "duck"], allOf: [["marinated", "marinade", "seasoned", "breaded", "battered", "coated", "cooked", "roasted", "roast", "grilled", "fried", "barbecued", "teriyaki", "tikka", "tandoori", "canned", "tinned"]] }, "1602"),
    ],
    note: "cuts of poultry fresh, chilled or frozen 0207 (fowls: cuts fresh 020713, frozen 020714; turkeys 02072x; ducks 02074x); seasoned, marinated, coated or cooked → 1602 (poultry 16023x)",
  }),
  // Ribs are cuts with bone in, other than hams and shoulders: swine 020319 fresh / 020329 frozen; bovine with bone in
  // 020120 fresh / 020220 frozen; seasoned, smoked or cooked ribs are meat preparations (1602).
  e("spare ribs|pork ribs|pork spare ribs|baby back ribs|back ribs|st louis ribs|beef ribs|short ribs|beef short ribs", "020319", {
    splits: [
      to({ words: ["marinated", "marinade", "seasoned", "smoked", "cooked", "roasted", "grilled", "barbecued", "bbq", "glazed"] }, "1602"),
      to({ words: ["beef"], processing: ["frozen"] }, "020220"),
      to({ words: ["beef"], allOf: [["frozen"]] }, "020220"),
      to({ words: ["beef"] }, "020120"),
      to({ processing: ["frozen"] }, "020329"),
      to({ words: ["frozen"] }, "020329"),
    ],
    decisive: ["processing"],
    note: "ribs: swine cuts with bone in other than hams and shoulders 020319 fresh / 020329 frozen; bovine 020120 / 020220; prepared 1602",
  }),
  // Farm animals by the names the trade sells them under: live animals of ch. 1, unless the text speaks of their meat.
  ...liveStock("cattle|calves|heifers|bullocks|dairy cows|dairy cattle|beef cattle|breeding cattle", { other: "010229", breeding: "010221", meat: "0201", hides: "4101" }),
  ...liveStock("pigs|piglets|sows|weaners|breeding pigs", { other: "010392", breeding: "010310", meat: "0203", hides: "4103" }),
  ...liveStock("sheep|ewes|lambs|breeding ewes", { other: "010410", breeding: "010410", meat: "0204", hides: "4102", wool: "5101" }),
  ...liveStock("goats|nanny goats|billy goats|breeding goats", { other: "010420", breeding: "010420", meat: "0204", hides: "4103" }),
  ...liveStock("laying hens|pullets|broilers|broiler chickens|cockerels|roosters", { other: "010594", breeding: "010594", meat: "0207" }),
  ...liveStock("ducklings|goslings|turkey poults|live geese|live turkeys", { other: "010599", breeding: "010599", meat: "0207" }),
  // Agricultural raw materials by their trade names.
  e("ginger|ginger root|dried ginger|ground ginger", "091011", {
    splits: [to({ words: ["ground", "powder", "crushed"] }, "091012")],
    note: "ginger 0910: neither crushed nor ground 091011 (fresh roots too), crushed or ground 091012",
  }),
  e("chilli flakes|crushed chillies|crushed chilies|dried chillies|dried chilies|cayenne pepper|smoked paprika", "090422", {
    splits: [to({ words: ["dried chillies", "dried chilies"], allOf: [["whole"]] }, "090421")],
    note: "dried fruits of the genus Capsicum: crushed or ground (flakes, cayenne, paprika) 090422, whole 090421",
  }),
  e("hop cones|hop pellets|hop flowers|brewing hops|dried hops", "121010", {
    splits: [to({ words: ["pellets", "ground", "powdered", "lupulin"] }, "121020")],
    note: "hop cones 1210: neither ground nor in pellets 121010; ground, powdered or in pellets, lupulin 121020",
  }),
  e("rapeseed|rape seed|rapeseeds|canola seed|canola seeds|colza seed", "120510", {
    note: "rape or colza seeds 1205 (low erucic acid, canola, 120510)",
  }),
  e("cotton seed|cotton seeds|cottonseed|cottonseeds", "120729", {
    splits: [to({ words: ["sowing", "planting"] }, "120721")],
    note: "cotton seeds 12072x (for sowing 120721, other 120729)",
  }),
  e("sugar beet|sugar beets|sugar beet pulp|beet pulp", "121291", {
    splits: [to({ words: ["pulp"] }, "230320")],
    note: "sugar beet 121291; beet pulp, a residue of sugar manufacture, 230320",
  }),
  e("fish meal|fishmeal|meat and bone meal|meat meal|feather meal|blood meal", "230120", {
    splits: [to({ words: ["meat and bone", "meat meal", "feather meal", "blood meal"] }, "230110")],
    note: "flours, meals and pellets of fish unfit for human consumption 230120; of meat or offal, greaves 230110",
  }),
  e("beef burgers|beef patties|burger patties|hamburger patties|frozen burgers|raw burgers", "160250", {
    splits: [to({ words: ["chicken", "turkey"] }, "160232"), to({ words: ["pork"] }, "160249"), to({ words: ["lamb", "vegetarian", "vegan", "plant based", "plant-based", "veggie"] }, "1602")],
    note: "burgers and patties of minced, seasoned meat are meat preparations 1602 (beef 160250, poultry 160232, pork 160249)",
  }),
  e("dough|doughs|pizza dough|bread dough|cookie dough|pastry dough|puff pastry|shortcrust pastry|filo pastry|frozen dough|dough balls|pizza base mix|bread mix|batter mix|pancake batter", "190120", {
    note: "mixes and doughs for the preparation of bakers' wares of heading 1905 → 190120 (uncooked, fresh or frozen)",
  }),
  e("food preparation|food preparations", "210690", {
    splits: [to({ words: ["chocolate", "cocoa"] }, "180690")],
    note: "food preparations not elsewhere specified → 210690; containing cocoa → 1806 (180690)",
  }),
];

export const FOOD: LexiconEntry[] = [...animals, ...vegetable, ...prepared, ...tradeNames];
