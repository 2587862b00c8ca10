// Picture-gallery furniture of news pages: the words a picture counter may open with ("Photo 1 of 8",
// "Bild 1 von 12", "사진 1/8"), the words between its two numbers, and the gallery links and buttons
// printed alone on a line ("View all photos", "Zur Bildergalerie", "Ver galería (14 fotos)"). Lower-case.

/** Words naming a picture, printed before a gallery counter's numbers. */
export const PICTURE_WORDS = [
  "photo", "photos", "image", "images", "picture", "slide", "bild", "foto", "fotos", "fotografie", "zdjęcie", "zdjęcia",
  "obrázek", "fotografia", "immagine", "imagen", "imagem", "фото", "фотография", "снимок", "слайд", "світлина",
  "φωτογραφία", "εικόνα", "kuva", "bilde", "billede", "resim", "fotoğraf", "gambar", "ảnh", "hình", "תמונה", "صورة",
  "عکس", "तस्वीर", "फोटो", "ภาพ", "รูป", "사진", "写真", "画像", "图", "图片", "圖片",
];

/** Words between a counter's two numbers: "1 of 8", "1 von 12", "3 van 10", "1 z 12", "1 από 6". */
export const COUNTER_JOINS = ["of", "von", "van", "z", "ze", "de", "di", "sur", "из", "з", "із", "από", "av", "af", "/", "dari", "trên", "מתוך", "من", "از", "में से"];

/** Gallery links and buttons printed alone on a line, a count of pictures in brackets allowed after them. */
export const GALLERY_LABELS = new Set([
  "gallery", "photo gallery", "picture gallery", "image gallery", "view gallery", "open gallery", "view all photos",
  "see all photos", "view photos", "next image", "previous image", "next photo", "previous photo", "next slide",
  "previous slide", "in pictures", "bildergalerie", "zur bildergalerie", "galerie", "fotogalerie", "alle bilder",
  "zur galerie", "nächstes bild", "vorheriges bild", "diaporama", "voir le diaporama", "galerie photos", "voir les photos",
  "galería", "ver galería", "galería de fotos", "fotogalería", "ver fotos", "galeria", "ver galeria", "galeria de fotos",
  "fotogaleria", "galleria", "fotogallery", "galleria fotografica", "guarda la gallery", "fotogalerij", "bekijk de foto's",
  "fotoserie", "zobacz galerię", "galeria zdjęć", "zobacz zdjęcia", "fotogalerie", "fotogalerii", "фотогалерея",
  "смотреть фото", "фоторепортаж", "фотогалерея:", "bildspel", "bildgalleri", "kuvagalleria", "fotogaléria", "galerie foto",
  "galeri foto", "foto galeri", "galeri", "fotoğraf galerisi", "thư viện ảnh", "ẩn ảnh", "معرض الصور", "گالری عکس",
  "גלריה", "φωτογραφίες", "φωτογκαλερί", "फोटो गैलरी", "แกลเลอรี", "사진 더보기", "포토갤러리", "フォトギャラリー", "写真特集",
  "图集", "组图", "图片集",
]);
