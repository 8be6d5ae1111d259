/**
 * Fruit, nuts and vegetables by product and by state (GRI 1 with the notes to chapters 7, 8 and 20):
 * fresh or chilled → ch. 7/8 by product; frozen → 0710/0811; dried → 0712/0813 (or the product's own
 * dried subheading: raisins 080620, dates 0804, figs 080420); provisionally preserved → 0711/0812;
 * prepared or preserved otherwise (roasted, salted, in syrup, canned, cooked) → ch. 20 (Note 1 to ch. 20
 * leaves only the processes of ch. 7, 8 and 11 in those chapters). Juices 2009, jams 2007.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

type Split = ReturnType<typeof to>;

interface States {
  frozen?: string;
  dried?: string;
  prepared?: string;
  juice?: string;
  jam?: string;
}

const PREPARED = ["canned", "cooked", "boiled", "fried", "pickled", "roasted", "salted", "smoked"];

function stateSplits(s: States): Split[] {
  const out: Split[] = [];
  if (s.jam) out.push(to({ words: ["jam", "jelly", "marmalade", "preserve", "preserves", "puree", "purée", "paste"] }, s.jam));
  if (s.juice) out.push(to({ words: ["juice", "juices", "nectar"] }, s.juice));
  if (s.prepared) {
    out.push(to({ processing: PREPARED }, s.prepared));
    out.push(to({ words: ["in syrup", "in juice", "canned", "tinned", "candied", "glace", "glacé", "in brine", "roasted", "salted", "honey roasted", "coated", "sugared", "chocolate covered", "snack", "sweetened", "sugar infused", "infused"] }, s.prepared));
  }
  if (s.frozen) out.push(to({ processing: ["frozen"] }, s.frozen), to({ words: ["frozen", "iqf"] }, s.frozen));
  if (s.dried) out.push(to({ processing: ["dried", "freeze-dried"] }, s.dried), to({ words: ["dried", "dehydrated", "freeze dried", "sun dried"] }, s.dried));
  return out;
}

/** Words saying a vegetable was prepared or preserved beyond the processes of ch. 7 (Note 1 to ch. 20 spirit). */
const PREPARED_WORDS = ["canned", "tinned", "pickled", "marinated", "grilled", "roasted", "fried", "in oil", "in brine", "in vinegar", "preserved", "cooked", "in syrup", "in juice", "candied", "glace", "glacé"];

/**
 * One kind of vegetable of an entry split by kind, in each state: frozen (0710), dried (0712, or the kind's own dried
 * heading), in vinegar (2001), otherwise prepared or preserved (ch. 20), else fresh. Each split names the kind, so it
 * applies even when the kind named by the matched term decides first (see `resolveSplit`).
 */
function kindSplits(words: string[], fresh: string, s: { frozen: string; dried: string; prepared: string; vinegar?: string }): Split[] {
  return [
    ...(s.vinegar ? [to({ words, allOf: [["vinegar", "acetic"]] }, s.vinegar)] : []),
    to({ words, processing: PREPARED }, s.prepared),
    to({ words, allOf: [PREPARED_WORDS] }, s.prepared),
    to({ words, processing: ["frozen"] }, s.frozen),
    to({ words, allOf: [["frozen", "iqf"]] }, s.frozen),
    to({ words, processing: ["dried", "freeze-dried"] }, s.dried),
    to({ words, allOf: [["dried", "dehydrated", "freeze dried", "sun dried"]] }, s.dried),
    to({ words }, fresh),
  ];
}

function fruit(terms: string, fresh: string, s: States, note: string): LexiconEntry {
  return e(terms, fresh, { splits: stateSplits({ juice: "200989", jam: "200799", ...s }), decisive: ["processing"], note });
}

/** A vegetable entry by state; `kinds` are the entry's kinds with subheadings of their own (see `kindSplits`). */
function veg(terms: string, fresh: string, s: States, note: string, kinds: Split[] = []): LexiconEntry {
  return e(terms, fresh, { splits: [...kinds, ...stateSplits({ frozen: "071080", dried: "071290", prepared: "200599", ...s })], decisive: ["processing"], note });
}

/** Words saying pulses are prepared (canned, cooked): the kind's dried-pulse heading (0713) does not take them. */
const CANNED_PULSE = ["canned", "tinned", "cooked", "brine", "ready to eat"];

const VEG_STATES = { frozen: "071080", dried: "071290", prepared: "200599" };

const fruits: LexiconEntry[] = [
  fruit("strawberry|strawberries|fresh strawberries", "081010", { frozen: "081110", dried: "081340", prepared: "200880" }, "strawberries: fresh 081010, frozen 081110, dried 081340, prepared 200880"),
  fruit("raspberries|blackberries|mulberries|loganberries|fresh raspberries|fresh blackberries", "081020", { frozen: "081120", dried: "081340", prepared: "200899" }, "raspberries, blackberries, mulberries: fresh 081020, frozen 081120, prepared 200899"),
  fruit("blueberry|blueberries|bilberries|cranberries|lingonberries|goji berries|goji berry|wolfberry|blackcurrants|redcurrants|gooseberries", "081040", { frozen: "081190", dried: "081340", prepared: "200893" }, "cranberries, bilberries and other Vaccinium fruits 081040 (currants 081030); frozen 081190; dried 081340; prepared cranberries 200893"),
  fruit("kiwi|kiwifruit|kiwi fruit|durian|durians|persimmon|persimmons|lychee|lychees|litchi|longan|longans|rambutan|dragon fruit|pitaya|passion fruit|passionfruit|jackfruit|mangosteen|mangosteens|carambola|star fruit|soursop|guanabana", "081090", { frozen: "081190", dried: "081340", prepared: "200899" }, "other fresh fruit 0810 (kiwifruit 081050, durians 081060, persimmons 081070, other 081090); frozen 081190; dried 081340; prepared 200899"),
  fruit("mango|mangoes|mangos|guava|guavas|fresh mango|dried mango slices", "080450", { frozen: "081190", dried: "080450", prepared: "200899" }, "guavas, mangoes and mangosteens fresh or dried 080450; frozen 081190; prepared 200899"),
  fruit("pineapple|pineapples|fresh pineapple", "080430", { frozen: "081190", dried: "080430", prepared: "200820" }, "pineapples fresh or dried 080430; frozen 081190; prepared 200820"),
  fruit("avocados|avocadoes|fresh avocado|hass avocado", "080440", { frozen: "081190", prepared: "200899" }, "avocados fresh or dried 080440; frozen 081190; guacamole and other preparations 200899"),
  fruit("figs|fresh figs|dried figs", "080420", { frozen: "081190", dried: "080420", prepared: "200899" }, "figs fresh or dried 080420"),
  fruit("medjool dates|dried dates|deglet nour|ajwa dates|date palm fruit|fresh dates", "080410", { dried: "080410", prepared: "200899" }, "dates fresh or dried 080410"),
  fruit("banana|bananas|plantain|plantains|banana chips|dried banana", "080390", { frozen: "081190", dried: "080390", prepared: "200899" }, "bananas fresh or dried 0803 (plantains 080310); banana chips fried or sweetened 200899"),
  fruit("oranges|mandarin|mandarins|tangerine|tangerines|clementine|clementines|satsuma|satsumas|grapefruit|grapefruits|pomelo|limes|citrus fruit", "080510", { frozen: "081190", dried: "081400", prepared: "200830", juice: "200919" }, "citrus fruit fresh or dried 0805 (oranges 080510, mandarins 08052x, grapefruit 080540, lemons/limes 080550); citrus peel 081400; prepared 200830; orange juice 20091x"),
  fruit("grapes|table grapes|fresh grapes|seedless grapes", "080610", { frozen: "081190", dried: "080620", prepared: "200899", juice: "200969" }, "grapes fresh 080610, dried (raisins) 080620, juice 20096x"),
  fruit("watermelon|watermelons|cantaloupe|honeydew|papaya|papayas|pawpaw", "080719", { frozen: "081190", dried: "081340", prepared: "200899" }, "melons 0807 (watermelons 080711, other melons 080719, papaws 080720)"),
  fruit("apples|fresh apples|quince|quinces", "080810", { frozen: "081190", dried: "081330", prepared: "200840", juice: "200979" }, "apples fresh 080810 (pears 080830, quinces 080840); dried apples 081330; prepared pears 200840; apple juice 20097x"),
  e("apricot|apricots|cherries|sweet cherries|sour cherries|peaches|nectarine|nectarines|plums|prune|prunes|sloes", "080930", {
    // Each kind has its own fresh, dried and prepared codes: a dried peach is no prune, a fresh cherry no peach.
    splits: [
      ...stateSplits({ juice: "200989", jam: "200799" }),
      to({ words: ["prune", "prunes"] }, "081320"),
      ...kindSplits(["apricot", "apricots"], "080910", { frozen: "081190", dried: "081310", prepared: "200850" }),
      ...kindSplits(["sour cherries", "morello"], "080921", { frozen: "081190", dried: "081340", prepared: "200860" }),
      ...kindSplits(["cherries"], "080929", { frozen: "081190", dried: "081340", prepared: "200860" }),
      ...kindSplits(["peaches", "nectarine", "nectarines"], "080930", { frozen: "081190", dried: "081340", prepared: "200870" }),
      ...kindSplits(["plums", "sloes"], "080940", { frozen: "081190", dried: "081320", prepared: "200899" }),
      ...stateSplits({ frozen: "081190", dried: "081340", prepared: "200899" }),
    ],
    decisive: ["processing"],
    note: "stone fruit 0809 (apricots 080910, sour cherries 080921, other cherries 080929, peaches 080930, plums and sloes 080940); dried apricots 081310, prunes 081320, other dried 081340; prepared apricots 200850, cherries 200860, peaches 200870",
  }),
  e("mixed fruit|fruit mix|dried fruit|dried fruits|mixed dried fruit|trail mix|fruit and nut mix|fruit salad canned|fruit cocktail|tropical fruit mix|freeze dried fruit|fruit snacks|fruit crisps|fruit chips", "081350", {
    splits: [
      to({ words: ["canned", "fruit cocktail", "fruit salad", "in syrup"] }, "200897"),
      to({ words: ["fruit snacks", "fruit chips", "fruit crisps"] }, "200897"),
      to({ words: ["trail mix", "fruit and nut"] }, "081350"),
    ],
    note: "mixtures of nuts or dried fruits → 081350; mixtures of prepared fruit 200897",
  }),
  e("fruit juice|orange juice|apple juice|grape juice|pineapple juice|fruit juice concentrate|juice concentrate|apple juice concentrate|orange juice concentrate|nfc juice|vegetable juice|tomato juice|carrot juice|cold pressed juice|mixed juice|multivitamin juice", "200990", {
    splits: [
      to({ words: ["tomato"] }, "200950"),
      to({ words: ["apple"] }, "200979"),
      to({ words: ["orange"], allOf: [["frozen"]] }, "200911"),
      to({ words: ["orange"] }, "200919"),
      to({ words: ["grape"] }, "200969"),
      to({ words: ["pineapple"] }, "200949"),
      to({ words: ["vegetable juice", "carrot juice", "mixed juice", "multivitamin juice"] }, "200990"),
    ],
    note: "fruit or vegetable juices, unfermented, without added spirit → 2009 (orange 20091x, pineapple 20094x, tomato 200950, grape 20096x, apple 20097x, mixtures 200990)",
  }),
];

/**
 * Words saying nuts or seeds were prepared beyond drying (Note 1 to ch. 20: roasted, salted, coated → 2008): the
 * species splits a term names ("cashew nuts") give way to them.
 */
const NUT_PREPARED = ["roasted", "salted", "honey", "smoked", "candied", "chocolate", "coated", "spiced", "fried"];

const nuts: LexiconEntry[] = [
  e("almonds|almond kernels|blanched almonds|raw almonds|sliced almonds|almond flakes", "080212", {
    splits: [to({ processing: ["roasted", "salted", "fried"] }, "200819"), to({ words: ["roasted", "salted", "honey", "smoked", "candied", "chocolate", "coated"] }, "200819"), to({ words: ["in shell", "inshell"] }, "080211")],
    decisive: ["processing"],
    note: "almonds: in shell 080211, shelled 080212; roasted, salted or otherwise prepared 200819",
  }),
  e("walnuts|walnut kernels|hazelnuts|filberts|pistachios|macadamia|macadamia nuts|brazil nut|brazil nuts|cashew|cashews|cashew nuts|cashew kernels|pine nuts|pine nut|chestnuts|kola nuts|areca nuts|betel nuts|mixed nuts|nut mix", "080299", {
    splits: [
      to({ processing: ["roasted", "salted", "fried"] }, "200819"),
      to({ words: ["roasted", "salted", "honey", "smoked", "candied", "chocolate", "coated", "spiced"] }, "200819"),
      to({ words: ["mixed nuts", "nut mix"] }, "081350"),
      to({ words: ["walnuts", "walnut"], unless: NUT_PREPARED }, "080232"),
      to({ words: ["hazelnuts", "filberts"], unless: NUT_PREPARED }, "080222"),
      to({ words: ["pistachios"], unless: NUT_PREPARED }, "080252"),
      to({ words: ["macadamia"], unless: NUT_PREPARED }, "080262"),
      to({ words: ["chestnuts"], unless: NUT_PREPARED }, "080242"),
      to({ words: ["brazil"], unless: NUT_PREPARED }, "080122"),
      to({ words: ["cashew", "cashews"], unless: NUT_PREPARED }, "080132"),
      to({ words: ["kola"], unless: NUT_PREPARED }, "080270"),
      to({ words: ["areca", "betel"], unless: NUT_PREPARED }, "080280"),
    ],
    decisive: ["processing"],
    note: "nuts fresh or dried ch. 08 by species (cashews 08013x, hazelnuts 08022x, walnuts 08023x, pistachios 08025x, macadamia 08026x); roasted, salted or otherwise prepared 200819; mixtures 081350",
  }),
  e("peanut|peanuts|groundnut|groundnuts|peanut kernels|raw peanuts|roasted peanuts|salted peanuts|peanut snack|coated peanuts", "120242", {
    splits: [
      to({ processing: ["roasted", "salted", "fried"] }, "200811"),
      to({ words: ["roasted", "salted", "coated", "honey", "spiced", "snack", "boiled"] }, "200811"),
      to({ words: ["in shell", "inshell"] }, "120241"),
    ],
    decisive: ["processing"],
    note: "groundnuts not roasted → 1202 (in shell 120241, shelled 120242); roasted, salted or otherwise prepared 200811",
  }),
  e("sunflower seeds|pumpkin seeds|pepitas|watermelon seeds|chia seeds|flax seeds|flaxseed|linseed|sesame seeds|hemp seeds|poppy seeds|quinoa|buckwheat", "120799", {
    splits: [
      to({ processing: ["roasted", "salted"] }, "200819"),
      to({ words: ["roasted", "salted"] }, "200819"),
      to({ words: ["sunflower"], unless: NUT_PREPARED }, "120600"),
      to({ words: ["sesame"], unless: NUT_PREPARED }, "120740"),
      to({ words: ["flax", "linseed"], unless: NUT_PREPARED }, "120400"),
      to({ words: ["poppy"], unless: NUT_PREPARED }, "120791"),
      to({ words: ["quinoa", "buckwheat"], unless: NUT_PREPARED }, "1008"),
    ],
    decisive: ["processing"],
    note: "oil seeds ch. 12 (sunflower 120600, sesame 120740, linseed 1204, other 120799); quinoa and buckwheat are cereals 1008; roasted or salted seeds 200819",
  }),
];

const vegetables: LexiconEntry[] = [
  veg("potato|potatoes|fresh potatoes|seed potatoes", "070190", { frozen: "071010", dried: "071290", prepared: "200520" }, "potatoes fresh 0701, frozen 071010, dried 071290; prepared (crisps, flakes) 200520, frozen prepared (chips) 200410"),
  // A mixture of vegetables is classified as such (0710.90 frozen, 0712.90 dried), not as the first vegetable it lists;
  // preserved otherwise than by freezing or drying it is a ch. 20 preparation (in vinegar 2001.90, other 2005.99).
  e("mixed vegetables|vegetable mix|vegetable mixture|vegetable mixtures|mixture of vegetables|vegetable medley|stir fry vegetables|frozen vegetable mix|mixed veg", "071090", {
    splits: [
      to({ words: ["vinegar", "pickled", "acetic"] }, "200190"),
      to({ words: ["dried", "dehydrated", "freeze dried", "freeze-dried"] }, "071290"),
      to({ words: ["canned", "tinned", "in brine", "preserved", "jar", "can"], unless: ["frozen"] }, "200599"),
    ],
    note: "mixtures of vegetables: frozen (uncooked or steamed/boiled) 071090, dried 071290, in vinegar 200190, otherwise preserved 200599",
  }),
  e("french fries|frozen fries|frozen chips|oven chips|potato fries|hash browns|potato wedges|frozen potato", "200410", {
    note: "potatoes prepared (par-fried) and frozen → 200410 (Note 1 to ch. 20: cooking takes them out of ch. 7)",
  }),
  e("potato chips|potato crisps|crisps|kettle chips|tortilla chips|corn chips|vegetable chips|veggie chips|plantain chips|cassava chips|prawn crackers|shrimp chips", "200520", {
    splits: [
      // Frozen "chips" are the British chips (par-fried potato strips, 2004.10), never crisps, which are sold shelf-stable.
      to({ words: ["potato chips", "chips"], processing: ["frozen"] }, "200410"),
      to({ words: ["tortilla chips", "corn chips"] }, "190590"),
      to({ words: ["prawn crackers", "shrimp chips"] }, "190590"),
      // Crisps of a named vegetable other than potato are that vegetable prepared: tomatoes 2002, other 200599;
      // of fruit, dried fruit (apples 081330) or prepared fruit when fried (200899).
      to({ words: ["tomato", "tomatoes"] }, "200210"),
      to({ words: ["apple", "apples"], processing: ["fried"] }, "200899"),
      to({ words: ["apple", "apples"] }, "081330"),
      to({ words: ["plantain chips", "cassava chips", "vegetable chips", "veggie chips", "vegetable crisps", "veggie crisps", "onion", "onions", "pepper", "peppers", "beetroot", "beet", "carrot", "carrots", "parsnip", "parsnips", "kale", "sweet potato", "courgette", "zucchini", "okra", "mushroom", "mushrooms", "pea", "peas", "lentil", "lentils", "taro", "lotus root", "pumpkin", "cassava", "yam"] }, "200599"),
    ],
    note: "potato crisps → 200520; tortilla and corn chips are bakers' wares/cereal snacks 190590; other vegetable crisps 200599",
  }),
  veg("tomato|tomatoes|cherry tomatoes|fresh tomatoes", "070200", { frozen: "071080", dried: "071290", prepared: "200290" }, "tomatoes fresh 0702; prepared or preserved 2002 (whole 200210, other 200290); ketchup 210320", [
    // Prepared tomatoes "whole or in pieces" (peeled, diced, chopped) are 200210; pastes, purées and powders 200290.
    to({ words: ["tomato", "tomatoes"], allOf: [PREPARED_WORDS, ["whole", "peeled", "diced", "chopped", "pieces", "halves", "halved", "cherry"]], unless: ["paste", "puree", "purée", "powder", "sauce", "concentrate", "vinegar", "pickled"] }, "200210"),
  ]),
  veg("onion|onions|shallot|shallots|garlic|garlic bulbs|leek|leeks|spring onion|scallion|scallions", "070310", { frozen: "071080", dried: "071220", prepared: "200599" }, "onions, shallots, garlic, leeks fresh 0703 (garlic 070320); dried onions 071220", [
    ...kindSplits(["garlic", "garlic bulbs"], "070320", VEG_STATES),
    ...kindSplits(["leek", "leeks", "spring onion", "scallion", "scallions"], "070390", VEG_STATES),
  ]),
  veg("cabbage|cabbages|cauliflower|broccoli|brussels sprouts|kale|kohlrabi|chinese cabbage|bok choy|pak choi", "070490", { frozen: "071080", prepared: "200599" }, "brassicas fresh 0704 (cauliflower and broccoli 070410, brussels sprouts 070420, other 070490)", [
    ...kindSplits(["cauliflower", "broccoli"], "070410", VEG_STATES),
    ...kindSplits(["brussels sprouts"], "070420", VEG_STATES),
  ]),
  veg("lettuce|iceberg lettuce|romaine|chicory|endive|radicchio|spinach|rocket|arugula|salad leaves|mixed salad", "070511", { frozen: "071030", prepared: "200599" }, "lettuce and chicory fresh 0705; spinach 070970, frozen spinach 071030", [
    ...kindSplits(["spinach"], "070970", { frozen: "071030", dried: "071290", prepared: "200599" }),
  ]),
  veg("carrot|carrots|turnip|turnips|beetroot|beets|radish|radishes|celeriac|parsnip|parsnips|salsify", "070610", { frozen: "071080", dried: "071290", prepared: "200599" }, "carrots, turnips, beetroot, radishes and similar roots fresh 0706", [
    ...kindSplits(["beetroot", "beets", "radish", "radishes", "celeriac", "salsify"], "070690", VEG_STATES),
  ]),
  veg("cucumber|cucumbers|gherkin|gherkins", "070700", { frozen: "071080", prepared: "200110" }, "cucumbers and gherkins fresh 0707; preserved in vinegar 200110"),
  veg("peas|green peas|snow peas|sugar snap peas|mangetout", "070810", { frozen: "071021", dried: "071310", prepared: "200540" }, "peas fresh 070810, frozen 071021, dried shelled 071310, prepared 200540"),
  veg("green beans|french beans|runner beans|string beans|broad beans|fava beans|edamame", "070820", { frozen: "071022", dried: "071339", prepared: "200559" }, "leguminous vegetables fresh 0708 (peas 070810, beans 070820); frozen 07102x; dried shelled 0713; prepared beans 20055x"),
  e("asparagus|aubergine|aubergines|eggplant|eggplants|celery|mushrooms|button mushrooms|shiitake|shiitake mushrooms|oyster mushrooms|enoki|bell pepper|bell peppers|sweet pepper|capsicum|chili pepper|chilli pepper|jalapeno|jalapenos|zucchini|courgette|courgettes|pumpkins|butternut squash|artichoke|artichokes|okra|sweet corn|sweetcorn|corn on the cob|olives|sweet corn kernels|sweetcorn kernels|canned corn kernels", "070999", {
    splits: [
      to({ words: ["sweet corn", "sweetcorn", "corn on the cob"], processing: ["frozen"] }, "071040"),
      to({ words: ["frozen sweet corn", "frozen sweetcorn", "frozen corn"] }, "071040"),
      // Sweet corn prepared or preserved (canned kernels, cream style) is 2005.80, not the other vegetables of 2005.99.
      to({ words: ["sweet corn", "sweetcorn", "sweet corn kernels", "corn kernels"], allOf: [PREPARED_WORDS] }, "200580"),
      ...stateSplits({ frozen: "071080", prepared: "200599" }),
      to({ words: ["dried mushroom", "dried mushrooms", "dried shiitake", "dried porcini", "wood ear"] }, "071239"),
      to({ words: ["olives"] }, "200570"),
      to({ words: ["sweet corn", "sweetcorn"], processing: ["canned"] }, "200580"),
      // The kind named by the term decides before the state words found elsewhere (resolveSplit): each kind carries
      // its own frozen / dried / prepared codes, so "canned asparagus" or "frozen mushrooms" are not fresh.
      ...kindSplits(["mushrooms", "shiitake", "enoki"], "070959", { frozen: "071080", dried: "071239", prepared: "200390", vinegar: "200190" }),
      ...kindSplits(["asparagus"], "070920", { frozen: "071080", dried: "071290", prepared: "200599" }),
      ...kindSplits(["aubergine", "aubergines", "eggplant", "eggplants"], "070930", { frozen: "071080", dried: "071290", prepared: "200599" }),
      ...kindSplits(["celery"], "070940", { frozen: "071080", dried: "071290", prepared: "200599" }),
      ...kindSplits(["bell pepper", "bell peppers", "sweet pepper", "capsicum", "chili pepper", "chilli pepper", "jalapeno", "jalapenos"], "070960", { frozen: "071080", dried: "090421", prepared: "200599", vinegar: "200190" }),
      ...kindSplits(["zucchini", "courgette", "courgettes", "pumpkins", "squash"], "070993", { frozen: "071080", dried: "071290", prepared: "200599" }),
      ...kindSplits(["artichoke", "artichokes"], "070991", { frozen: "071080", dried: "071290", prepared: "200599" }),
    ],
    decisive: ["processing"],
    note: "other vegetables fresh 0709 by kind (asparagus 070920, mushrooms 07095x, peppers 070960, pumpkins 070993); frozen 071080; dried mushrooms 07123x; olives prepared 200570",
  }),
  e("lentils|red lentils|green lentils|chickpeas|chick peas|garbanzo beans|kidney beans|black beans|pinto beans|navy beans|haricot beans|mung beans|adzuki beans|dried beans|dried peas|split peas|pulses|soybeans|soy beans|soya beans", "071340", {
    splits: [
      // Prepared chickpeas and lentils are "other vegetables" of 2005.99 (2005.51 is beans of Vigna or Phaseolus).
      to({ words: ["chickpeas", "chick peas", "garbanzo", "lentils", "red lentils", "green lentils"], allOf: [["canned", "tinned", "cooked", "in brine"]] }, "200599"),
      to({ processing: ["canned", "cooked"] }, "200551"),
      to({ words: ["canned", "tinned", "cooked", "in brine"] }, "200551"),
      to({ words: ["soybeans", "soy beans", "soya beans"] }, "120190"),
      to({ words: ["chickpeas", "chick peas", "garbanzo"], unless: CANNED_PULSE }, "071320"),
      to({ words: ["kidney", "black beans", "pinto", "navy", "haricot"], unless: CANNED_PULSE }, "071333"),
      to({ words: ["mung"], unless: CANNED_PULSE }, "071331"),
      to({ words: ["adzuki"], unless: CANNED_PULSE }, "071332"),
      to({ words: ["dried peas", "split peas"] }, "071310"),
    ],
    decisive: ["processing"],
    note: "dried shelled leguminous vegetables 0713 (peas 071310, chickpeas 071320, beans 07133x, lentils 071340); soya beans 1201; canned or cooked 2005",
  }),
  e("cassava|manioc|taro|sweet potato|sweet potatoes|arrowroot|jerusalem artichoke|konjac root", "071490", {
    splits: [
      to({ words: ["cassava", "manioc"] }, "071410"),
      to({ words: ["sweet potato", "sweet potatoes"] }, "071420"),
      to({ words: ["yams"] }, "071430"),
      to({ words: ["taro"] }, "071440"),
    ],
    note: "manioc, sweet potatoes, yams, taro and similar roots, fresh, chilled, frozen or dried → 0714",
  }),
  e("kimchi|sauerkraut|pickles|pickled vegetables|pickled cucumbers|pickled onions|pickled ginger|pickled peppers|pickled jalapenos|capers|pickled garlic|pickle relish|relish", "200190", {
    splits: [
      to({ words: ["cucumber", "cucumbers", "gherkin", "gherkins"] }, "200110"),
      to({ words: ["kimchi", "sauerkraut"] }, "200599"),
    ],
    note: "vegetables prepared or preserved by vinegar or acetic acid → 2001 (cucumbers 200110, other 200190); kimchi and sauerkraut (lactic fermentation) 2005",
  }),
  e("frozen vegetables|frozen mixed vegetables|frozen peas|frozen corn|frozen spinach|frozen broccoli|stir fry vegetables frozen|vegetable mix frozen", "071090", {
    splits: [
      to({ words: ["peas"] }, "071021"),
      to({ words: ["spinach"] }, "071030"),
      to({ words: ["corn"] }, "071040"),
      to({ words: ["broccoli"] }, "071080"),
      to({ processing: ["fried"] }, "200490"),
    ],
    note: "vegetables (uncooked or cooked by steaming or boiling in water), frozen → 0710 (peas 071021, spinach 071030, sweetcorn 071040, mixtures 071090); otherwise prepared and frozen 2004",
  }),
];

// Nuts sold as a snack are prepared nuts (roasted, salted, coated): ch. 20 (groundnuts 200811, other 200819).
const snackNuts: LexiconEntry[] = [
  e("snack nuts|nut snack|nut snacks|cocktail nuts|party nuts|spiced nuts|coated nuts|honey roasted nuts|roasted mixed nuts|salted mixed nuts", "200819", {
    splits: [to({ words: ["peanut", "peanuts", "groundnut", "groundnuts"] }, "200811")],
    note: "nuts prepared as snacks (roasted, salted, spiced, coated) → 2008 (groundnuts 200811, other nuts and mixtures 200819)",
  }),
];

export const FOOD_PRODUCE: LexiconEntry[] = [...fruits, ...nuts, ...vegetables, ...snackNuts];
