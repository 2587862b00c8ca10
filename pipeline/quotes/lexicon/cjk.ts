// Attribution words of Chinese, Japanese and Korean, whose text has no capital letters and (Chinese,
// Japanese) no spaces: reporting verbs right after a name (“…”陈福香说 / 王毅表示：“…”), the Japanese
// quotative particle and its verbs (「…」と述べた), the Korean quotative endings and verbs (“…”라고
// 말했다), the particles that mark the speaker as subject (は/が, 은/는/이/가), and the titles written
// after a name ("部长", "首相", "장관"), which are stripped from it and kept as its role.
const list = (s: string) => s.trim().split(/\s+/u);

/** Chinese reporting verbs (longest first when matched). */
export const ZH_CUES = list(`
  说道 表示 指出 强调 介绍 认为 坦言 透露 告诉 谈起 谈到 补充道 补充说 回忆道 回忆说 解释说 解释道 称 说 问 答道 回答 写道
  宣布 承认 呼吁 提醒 警告 直言 感慨 感叹 笑称 坦承 说明`);

/** Japanese verbs after the quotative と (past and polite forms). */
export const JA_CUES = list(`
  述べた 述べました 話した 話しました 語った 語りました 強調した 強調しました 説明した 説明しました 明らかにした 指摘した
  訴えた 語る 話す 述べる 答えた 答えました 発言した 主張した 言った 言いました 記した 書いた 明かした 振り返った 表明した
  コメントした 話している 語っている 述べている 説明している 強調している 指摘している 訴えている 明かしている 述べています
  話しています 語っています している した`);

/** Verbal nouns that end a sentence as its verb after と (「…」と強調。), in news and headline style. */
export const JA_NOUN_CUES = new Set(list(`強調 指摘 説明 表明 主張 言及 批判 反論 明言 力説 説明した`));

/** Korean quotative endings glued after the closing mark, and the reporting verbs that follow. */
export const KO_QUOTATIVE = list(`라고 이라고 고 라며 이라며 며 라면서 이라면서 면서 라는 란`);
export const KO_CUES = list(`
  말했다 밝혔다 전했다 강조했다 덧붙였다 설명했다 주장했다 말한다 밝혔습니다 말했습니다 지적했다 언급했다 답했다 말했고 밝혔고
  강조했고 설명했고 전했고 물었다 비판했다 토로했다 털어놨다 덧붙였습니다 했다 했습니다 말했으며 밝혔으며 강조하며 말하며`);

/** Titles and roles written after a Chinese name or before it (分析师王某 / 王某部长). */
export const ZH_TITLES = list(`
  村民 居民 市民 网友 主任 董事长 总经理 副总经理 经理 总裁 副总裁 部长 副部长 主席 副主席 总统 总理 首相 外长 发言人 教授
  副教授 书记 局长 副局长 市长 副市长 县长 省长 镇长 村长 校长 院长 所长 记者 专家 院士 医生 负责人 创始人 委员 代表 大使
  议员 主持人 研究员 律师 队长 教练 球员 演员 导演 作家 老师 工程师 博士 先生 女士 处长 科长 厅长 司长 分析师 经济学家
  执行官 首席执行官 主管 秘书长 总书记 国务委员 部长助理 特使 官员 董事 合伙人 首席经济学家 创办人 总监 主编 护士 警官`);

/** Titles after a Japanese name (岸田文雄首相, 山田氏). */
export const JA_TITLES = list(`
  首相 総理 大臣 官房長官 長官 外相 防衛相 財務相 経済産業相 厚生労働相 大統領 知事 市長 町長 村長 社長 会長 委員長 代表
  議員 教授 准教授 監督 選手 氏 さん 容疑者 被告 報道官 事務総長 総裁 理事長 部長 課長 局長 院長 所長 医師 弁護士 記者 幹事長
  議長 党首 主席 国家主席 大使 副大統領 副社長 専務 会長兼社長 最高経営責任者 コーチ 館長 店長 校長 園長 法相 文科相 厚労相
  経産相 農水相 国交相 環境相 総務相 復興相 防衛相 デジタル相 経済再生相 少子化相 経済安保相 国土交通相 農林水産相 文部科学相
  外務相 財務大臣 外務大臣 防衛大臣 副大臣 政務官 長官 参院議員 衆院議員 府知事 県知事 都知事 区長 本部長 代表理事 名誉教授
  准教授 講師 研究員 主任研究員 アナリスト エコノミスト 教諭 監督 主将 投手 容疑者 被告人 元首相 前首相 首席`);

/** Titles after a Korean name, as their own word (윤석열 대통령, 이종섭 국방부 장관, 김 씨). */
export const KO_TITLES = list(`
  대통령 장관 차관 총리 대변인 의원 교수 대표 위원장 회장 사장 씨 감독 선수 원장 부장 국장 팀장 청장 시장 지사 소장 실장
  수석 비서관 총장 대사 이사장 부회장 부사장 전무 상무 변호사 기자 의사 연구원 박사 작가 배우 가수 코치 주장 위원 군수
  구청장 도지사 당대표 원내대표 최고위원 대행 본부장 센터장 관계자 국무총리 부총리 비대위원장 대표이사 사무총장 대변인
  공동대표 정책위의장 장관 위원장 의장 국회의장 부의장 교육감 검찰총장 경찰청장 소장 회장 이사 연구위원 선임연구원
  애널리스트 이코노미스트 감독 당선인 후보 예비후보`);

/** Korean subject and topic particles after the speaker (윤 대통령은, 엘제이가). */
export const KO_SUBJECT_PARTICLES = list(`은 는 이 가 께서`);

/** Third-person pronouns that stand for the last speaker. */
export const CJK_PRONOUNS = new Set(list(`他 她 他们 她们 彼 彼女 그 그녀 그는 그녀는`));
