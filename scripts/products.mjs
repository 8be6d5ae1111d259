// Synthetic product listings for batch tests and benchmarks: deterministic combinations of real
// product nouns, materials, audiences and marketplace noise (not taken from any evaluation set).
const NOUNS = [
  "t-shirt", "hoodie", "dress", "jeans", "socks", "scarf", "gloves", "backpack", "handbag", "wallet",
  "sneakers", "boots", "sandals", "cap", "umbrella", "mug", "plate", "bowl", "vase", "lamp",
  "chair", "table", "shelf", "cushion", "blanket", "towel", "curtain", "rug", "bottle", "lunch box",
  "knife", "spoon", "frying pan", "kettle", "toaster", "blender", "hair dryer", "headphones", "phone case", "charger",
  "keyboard", "mouse", "monitor stand", "notebook", "pen", "stapler", "toy car", "doll", "puzzle", "yoga mat",
  "dumbbell", "tennis racket", "bicycle helmet", "fishing rod", "tent", "watch strap", "necklace", "earrings", "ring", "sunglasses",
];
const MATERIALS = ["cotton", "polyester", "wool", "leather", "plastic", "stainless steel", "aluminium", "wood", "bamboo", "ceramic", "glass", "silicone", "rubber", "silver", "nylon"];
const WHO = ["", "men's", "women's", "kids", "baby"];
const NOISE = ["", "2024 new", "hot sale", "premium", "set of 2", "large", "blue", "with gift box"];

/** `n` product inputs with about `distinct` different ones (repeats come back identical). */
export function batchProducts(n, distinct = n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = i % distinct;
    const noun = NOUNS[k % NOUNS.length];
    const material = MATERIALS[Math.floor(k / NOUNS.length) % MATERIALS.length];
    const who = WHO[Math.floor(k / (NOUNS.length * MATERIALS.length)) % WHO.length];
    const noise = NOISE[Math.floor(k / (NOUNS.length * MATERIALS.length * WHO.length)) % NOISE.length];
    const variant = Math.floor(k / (NOUNS.length * MATERIALS.length * WHO.length * NOISE.length));
    const name = [noise, who, material, noun, variant ? `style ${variant}` : ""].filter(Boolean).join(" ");
    out.push({ product_name: name, destination_country: k % 3 === 0 ? "DE" : "US", ...(k % 4 === 0 ? { material } : {}) });
  }
  return out;
}
