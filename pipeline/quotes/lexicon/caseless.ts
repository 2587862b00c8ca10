// Speaker words of scripts without capital letters where a name cannot be told by its case: Arabic, Hebrew
// and Hindi. Titles and descriptions written with the name ("وزير الخارجية", "ראש הממשלה", "प्रधानमंत्री")
// are skipped and kept as the role; stop words end the name ("إن", "כי", "कि").
const list = (s: string) => new Set(s.trim().split(/\s+/u));

/** Arabic reporting verbs after which the speaker is named (verb-first order). */
export const AR_CUES = list(`قال قالت وقال وقالت أضاف أضافت وأضاف وأضافت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأوضحت صرح صرحت وصرح
  وصرحت أشار أشارت وأشار وأشارت ذكر ذكرت وذكر وذكرت تابع تابعت وتابع وتابعت كتب كتبت وكتب أعلن أعلنت وأعلن شدد وشدد شددت اعتبر
  واعتبر لفت ولفت يقول تقول ويقول وتقول بحسب وبحسب حسب وحسب لدى أفاد أفادت وأفاد وأفادت حذر حذرت وحذر وحذرت أعرب وأعرب
  أعربت وأعربت قالوا وقالوا أكدوا وأكدوا أشاروا وأشاروا أضافوا وأضافوا أوضحوا وأوضحوا وأعلنت ختم وختم ختمت وختمت استطرد واستطرد
  نقل ونقل صرّح وصرّح شدّد وشدّد يضيف ويضيف تضيف وتضيف يؤكد ويؤكد تؤكد وتؤكد`);
/** Arabic subject pronouns written before the verb ("وهو قال" is rare, "هو" mostly stresses the subject). */
export const AR_PRONOUNS = list(`هو هي هم وهو وهي وهم`);
/** Arabic titles and descriptions before a name. */
export const AR_TITLES = list(`وزير وزيرة رئيس رئيسة الرئيس المتحدث متحدث باسم الناطق ناطق مدير مديرة الأمين أمين العام السفير سفير
  النائب نائب الدكتور د. الشيخ الملك الأمير رئيس الوزراء المستشار مستشار الخبير خبير المحلل محلل عضو اللواء العميد الجنرال قائد
  المسؤول مسؤول السيد السيدة الفنان الفنانة اللاعب المدرب مدرب الكاتب الكاتبة الصحفي الصحفية الأستاذ أستاذ البروفيسور`);
/** Arabic words that end a speaker's name ("that", "in", "to", "during"...). */
export const AR_STOPS = list(`إن أن إنه إنها أنه أنها في خلال من إلى على عن لـ ل مع بعد قبل عبر حول لوكالة لصحيفة لقناة أمس اليوم يوم
  الثلاثاء الأربعاء الخميس الجمعة السبت الأحد الاثنين للصحفيين للصحافيين لوسائل للصحافة صباح مساء`);

/** Hebrew reporting verbs and "according to". */
export const HE_CUES = list(`אמר אמרה אמרו הוסיף הוסיפה הסביר הסבירה ציין ציינה הדגיש הדגישה כתב כתבה מסר מסרה טען טענה הבהיר
  הבהירה סיפר סיפרה הצהיר הצהירה השיב השיבה לדברי הודיע הודיעה הודיעו אישר אישרה הזהיר הזהירה ציינו הוסיפו
  הדגישו טענו מסרו כתבו הסבירו סיפרו אומר אומרת אומרים`);
/** Hebrew subject pronouns before a verb ("הוא הוסיף", "היא אמרה"): the last speaker. */
export const HE_PRONOUNS = list(`הוא היא הם הן`);
export const HE_TITLES = list(`ראש הממשלה שר השר שרת השרה נשיא הנשיא דובר הדובר דוברת ח"כ חבר הכנסת יו"ר מנכ"ל מנהל המנהל פרופ'
  פרופסור ד"ר עו"ד השגריר שגריר האלוף אלוף הרמטכ"ל מפכ"ל המפכ"ל ראש העיר מזכיר המזכיר היועץ יועץ המאמן מאמן`);
export const HE_STOPS = list(`כי ש- על עם אתמול היום בראיון לכלי ל- בשיחה במהלך ב- בתגובה במסיבת לעיתונאים לכתבים בהודעה בכנס
  בטקס בישיבת בפגישה לתקשורת ברשתות בפוסט בציוץ בהצהרה בנאום לאחר הבוקר הערב בערב בבוקר`);

/** Hindi: the speaker stands before the ergative "ने" and "कहा"; titles before the name. */
export const HI_ERGATIVE = "ने";
export const HI_CUES = list(`कहा बताया लिखा जोड़ा`);
/** Hindi pronouns fused with the ergative ("उन्होंने कहा" = he/she said): the last speaker. */
export const HI_PRONOUNS = list(`उन्होंने उसने इन्होंने`);
export const HI_TITLES = list(`प्रधानमंत्री मंत्री राष्ट्रपति मुख्यमंत्री श्री श्रीमती डॉ. डॉ डॉक्टर सांसद विधायक अध्यक्ष प्रवक्ता निदेशक
  कप्तान कोच प्रोफेसर अभिनेता अभिनेत्री नेता महासचिव सचिव राज्यपाल गृह विदेश रक्षा वित्त केंद्रीय पूर्व कांग्रेस भाजपा`);
