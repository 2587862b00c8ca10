// End to end on hand-written news pages in other languages and scripts: the header shapes scraped pages
// come in (a one-line section menu, a masthead, a date line in the local calendar or format, a byline with
// its lead, a caption with its credit, a wire dateline) around a short story. Each page goes through the
// pure stages (ingest → clean → extract → validate) and its fields are checked against what a reader of
// the page would write down. The pages are written for this test, not taken from any site.
import { describe, expect, it } from "vitest";
import { ingestBytes } from "../../pipeline/ingest/index.ts";
import { processDocument } from "../../pipeline/process.ts";
import type { Article } from "../../schemas/article.ts";

interface Page {
  name: string;
  lines: string[];
  want: Partial<Pick<Article, "title" | "language" | "published_date" | "published_time" | "authors" | "image_credits" | "related_headlines">> & {
    bodyStarts: string;
  };
}

const PAGES: Page[] = [
  {
    name: "Hindi: a pipe-separated menu above the headline, a labelled byline",
    lines: [
      "होम | देश | विदेश | खेल",
      "बाढ़ से प्रभावित इलाकों का दौरा करेंगे मुख्यमंत्री",
      "नई दिल्ली, 5 दिसंबर 2026",
      "लेखक: राहुल शर्मा",
      "मुख्यमंत्री ने कहा कि राज्य सरकार बाढ़ प्रभावित लोगों को हर संभव सहायता देगी। उन्होंने अधिकारियों को राहत कार्य तेज करने के निर्देश दिए हैं।",
      "मौसम विभाग ने अगले तीन दिनों तक भारी बारिश की चेतावनी जारी की है।",
    ],
    want: { title: "बाढ़ से प्रभावित इलाकों का दौरा करेंगे मुख्यमंत्री", language: "hi", published_date: "2026-12-05", authors: ["राहुल शर्मा"], bodyStarts: "मुख्यमंत्री ने कहा" },
  },
  {
    name: "Thai: a space-separated menu, a Buddhist-era date with an abbreviated month",
    lines: [
      "หน้าแรก ข่าว กีฬา บันเทิง",
      "นายกฯ เตรียมลงพื้นที่ตรวจน้ำท่วมภาคเหนือ",
      "3 ธ.ค. 2569 10:30 น.",
      "โดย สมชาย ใจดี",
      "นายกรัฐมนตรีเตรียมเดินทางลงพื้นที่จังหวัดเชียงใหม่ในวันพรุ่งนี้เพื่อตรวจสอบสถานการณ์น้ำท่วมที่ส่งผลกระทบต่อประชาชนหลายพันครัวเรือน",
      "กรมอุตุนิยมวิทยาได้ออกประกาศเตือนว่าฝนจะยังคงตกหนักต่อเนื่องไปอีกอย่างน้อยสามวัน",
    ],
    want: { title: "นายกฯ เตรียมลงพื้นที่ตรวจน้ำท่วมภาคเหนือ", language: "th", published_date: "2026-12-03", published_time: "10:30", authors: ["สมชาย ใจดี"], bodyStarts: "นายกรัฐมนตรีเตรียม" },
  },
  {
    name: "Thai: a headline with no spaces right above its date line",
    lines: [
      "สะพานเก่าจะถูกสร้างใหม่",
      "3 ธ.ค. 2569 14:05 น.",
      "สภาเมืองลงมติเมื่อวันอังคารให้สร้างสะพานหินเก่าข้ามแม่น้ำขึ้นใหม่ ยุติข้อพิพาทที่ยืดเยื้อระหว่างชาวบ้านกับจังหวัด",
      "คาดว่างานจะเริ่มในฤดูใบไม้ผลิและใช้เวลาประมาณสิบแปดเดือน",
    ],
    want: { title: "สะพานเก่าจะถูกสร้างใหม่", language: "th", published_date: "2026-12-03", published_time: "14:05", bodyStarts: "สภาเมืองลงมติ" },
  },
  {
    name: "Persian: a date of the solar calendar only",
    lines: [
      "بازدید وزیر از مناطق سیل‌زده",
      "۱۴ آذر ۱۴۰۵ - ۱۰:۳۰",
      "وزیر کشور امروز از مناطق سیل‌زده استان گلستان بازدید کرد و گفت که دولت همه امکانات را برای کمک به مردم بسیج کرده است.",
      "سازمان هواشناسی هشدار داد که بارش‌ها تا سه روز آینده ادامه خواهد داشت.",
    ],
    want: { title: "بازدید وزیر از مناطق سیل‌زده", language: "fa", published_date: "2026-12-05", published_time: "10:30", bodyStarts: "وزیر کشور امروز" },
  },
  {
    name: "Ukrainian: a Cyrillic name alone under the headline, beside the date",
    lines: [
      "Уряд ухвалив новий план",
      "Олена Коваленко",
      "03 грудня 2026, 14:05",
      "Міська рада у вівторок ухвалила новий житловий план, який набуде чинності наступного місяця після тижнів переговорів між партіями.",
      "Опозиція заявила, що план недостатньо захищає домогосподарства від зростання цін.",
    ],
    want: { title: "Уряд ухвалив новий план", language: "uk", published_date: "2026-12-03", published_time: "14:05", authors: ["Олена Коваленко"], bodyStarts: "Міська рада" },
  },
  {
    name: "Chinese: a wire dateline with the reporter in brackets opening the first paragraph",
    lines: [
      "首页 新闻 财经 体育 娱乐",
      "国务院常务会议部署稳经济措施",
      "2026-12-03 14:05",
      "新华社北京12月3日电（记者 王明）国务院常务会议今天召开，部署进一步稳定经济运行的各项措施。",
      "会议指出，要加大对中小企业的支持力度。",
    ],
    want: { title: "国务院常务会议部署稳经济措施", language: "zh", published_date: "2026-12-03", authors: ["王明"], bodyStarts: "新华社北京12月3日电" },
  },
  {
    name: "Korean: a wire byline of two reporters opening the first paragraph",
    lines: [
      "정부, 내년 예산안 국회 제출",
      "입력 2026.12.03 14:05",
      "(서울=연합뉴스) 김민수 이영희 기자 = 정부가 내년도 예산안을 확정해 국회에 제출했다. 총지출 규모는 올해보다 3.2% 늘어난 수준이다.",
      "국회는 이달 중 예산안 심사에 들어갈 예정이다.",
    ],
    want: { title: "정부, 내년 예산안 국회 제출", language: "ko", published_date: "2026-12-03", authors: ["김민수", "이영희"], bodyStarts: "(서울=연합뉴스) 김민수" },
  },
  {
    name: "Japanese: an era year and a sign-off name in brackets",
    lines: [
      "政府、電力需給対策を決定",
      "令和8年12月3日",
      "政府は３日、今冬の電力需給対策を閣議決定した。全国の家庭や企業に対して数値目標を設けない節電を要請する。",
      "電力各社は火力発電所の再稼働を急いでいる。",
      "（山田太郎）",
    ],
    want: { title: "政府、電力需給対策を決定", language: "ja", published_date: "2026-12-03", authors: ["山田太郎"], bodyStarts: "政府は３日" },
  },
  {
    name: "German: a caption ending with its credit, a dotted clock time, a related block without links",
    lines: [
      "Startseite Politik Wirtschaft Sport Kultur",
      "Rettungskräfte am Unfallort in der Innenstadt (Foto: dpa)",
      "Bundestag beschließt Haushalt für 2027",
      "03.12.2026, 14.05 Uhr",
      "Von Anna Schmidt und Peter Müller",
      "Der Bundestag hat am Mittwoch den Haushalt für das kommende Jahr beschlossen. Die Ausgaben steigen um drei Prozent.",
      "Die Opposition kritisierte die hohe Neuverschuldung und kündigte eine Klage an.",
      "Lesen Sie auch",
      "Schuldenbremse bleibt in der Koalition umstritten",
    ],
    want: {
      title: "Bundestag beschließt Haushalt für 2027", language: "de", published_date: "2026-12-03", published_time: "14:05", authors: ["Anna Schmidt", "Peter Müller"],
      image_credits: ["dpa"], related_headlines: ["Schuldenbremse bleibt in der Koalition umstritten"], bodyStarts: "Der Bundestag hat",
    },
  },
  {
    name: "Turkish and Greek byline leads",
    lines: [
      "Meclis yeni planı onayladı",
      "Haber: Ahmet Yılmaz",
      "03 Aralık 2026 Perşembe 14:05",
      "Belediye meclisi salı günü, partiler arasındaki haftalarca süren görüşmelerin ardından gelecek ay yürürlüğe girecek yeni bir konut planını onayladı.",
      "Muhalefet, planın haneleri yükselen fiyatlara karşı yeterince korumadığını söyledi.",
    ],
    want: { title: "Meclis yeni planı onayladı", language: "tr", published_date: "2026-12-03", authors: ["Ahmet Yılmaz"], bodyStarts: "Belediye meclisi" },
  },
  {
    name: "English: a site header's date above the headline, the article's own under it",
    lines: [
      "Monday, 7 December 2026",
      "Bridge to be rebuilt after long dispute",
      "By Ann Lee",
      "3 December 2026",
      "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute between residents and the county.",
      "Work is expected to start in spring and to take around eighteen months, officials said.",
    ],
    want: { title: "Bridge to be rebuilt after long dispute", language: "en", published_date: "2026-12-03", authors: ["Ann Lee"], bodyStarts: "The council voted" },
  },
];

function article(page: Page): Article {
  const ingested = ingestBytes(`${page.name}.txt`, new TextEncoder().encode(page.lines.join("\n\n") + "\n"));
  if (!ingested.ok) throw new Error(`ingest rejected: ${ingested.reject.reason}`);
  const out = processDocument(ingested.doc);
  if (!out.ok) throw new Error(`rejected: ${out.reject.reason} (${out.reject.detail})`);
  return out.value.article;
}

describe("hand-written pages in other languages and scripts, end to end", () => {
  for (const page of PAGES) {
    it(page.name, () => {
      const a = article(page);
      const { bodyStarts, ...fields } = page.want;
      for (const [field, value] of Object.entries(fields)) expect(a[field as keyof Article], field).toEqual(value);
      expect(a.body.startsWith(bodyStarts), `body starts: ${a.body.slice(0, 60)}`).toBe(true);
    });
  }
});
