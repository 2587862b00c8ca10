// Byline labels that lead a name only with a colon after them: "Laporan: Budi Santoso" (Indonesian:
// report), "Liputan: X" (coverage), "Kontributor: X". Without the colon these words open sentences and
// headings ("Laporan Keuangan Tahunan", an annual report), so they are no lead there. Lower-case.
export const COLON_LEADS = [
  "laporan", "liputan", "reportase", "kontributor", "pewarta", "wartawan", "koresponden",
  "ผู้สื่อข่าว", "संवाददाता", "مراسل", "reportaż", "reportér", "reportéři", "reportera", "repórter", "reportero", "reportera",
];
