// Language-detection data: scripts that name their language, franc's individual-language codes mapped
// to the macro language ISO 639-1 names, and words that tell Indonesian from Malay.

/** Scripts written (in news) by one language: the script alone tells the language. */
export const SCRIPT_LANGUAGES: Record<string, string> = {
  Thai: "th", Greek: "el", Hebrew: "he", Georgian: "ka", Armenian: "hy", Khmer: "km", Lao: "lo", Myanmar: "my", Sinhala: "si",
};

/** franc-min codes of individual languages whose ISO 639-1 code is their macro language's. */
export const MACRO_LANGUAGE: Record<string, string> = {
  cmn: "zh", zlm: "ms", zsm: "ms", arb: "ar", pes: "fa", swh: "sw", uzn: "uz", azj: "az", plt: "mg", pbu: "ps", npi: "ne",
  ckb: "ku", ekk: "et", lvs: "lv", khk: "mn", ydd: "yi", qug: "qu", fuv: "ff", zyb: "za",
};

/** Everyday words Indonesian spells its own way (Malay: kerana, boleh, sahaja, selepas, wang, ...). */
export const INDONESIAN_MARKERS = ["karena", "bisa", "saja", "setelah", "uang", "pemerintah", "sekarang", "kenapa", "bagaimana", "tetapi", "bilang", "banget", "nggak", "gak", "kalau", "mereka", "sangat", "hanya"];
export const MALAY_MARKERS = ["kerana", "boleh", "sahaja", "selepas", "wang", "kerajaan", "semasa", "daripada", "mahupun", "iaitu", "bahawa", "hendaklah", "tersebut", "kepada"];
