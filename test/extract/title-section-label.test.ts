// A section's name printed alone ("Kinh doanh", "Economía") is the section label over the headline or an
// entry of the menu, even when the page prints it twice (in the menu and over the story): never a title
// candidate. Pages written for these tests.
import { describe, expect, it } from "vitest";
import { runPage } from "../helpers/outlet-page.ts";

describe("title: a section label is no headline", () => {
  it("skips a section name the menu prints again over the headline (Vietnamese: the body speaks of 'kinh doanh' too)", () => {
    const page = [
      "Báo Sông Hồng", "Thời sự", "Thế giới", "Kinh doanh", "Thể thao", "Pháp luật", "",
      "Kinh doanh", "Thứ sáu, 12/12/2026, 08:15 (GMT+7)", "Cầu cảng cũ sẽ được sửa chữa trước mùa bão",
      "Các cửa hàng kinh doanh ven cảng sẽ đóng cửa trong ba tháng thi công.",
      "Sáng nay, hội đồng thành phố quyết định sửa chữa cảng cũ, nơi nhiều hộ kinh doanh hải sản hoạt động.",
      "Thị trưởng cho biết công việc sẽ kéo dài ba tháng và kinh phí đã có trong ngân sách của thành phố năm nay.",
      "Người dân trong khu vực được khuyên tránh đi lại gần bến cảng trong thời gian thi công kéo dài.",
      "Minh Anh",
    ].join("\n");
    expect(runPage(page).captured.title).toBe("Cầu cảng cũ sẽ được sửa chữa trước mùa bão");
  });

  it("skips a Spanish section label over the headline", () => {
    const page = [
      "Economía", "", "El puerto reparará el viejo muro antes del invierno", "", "3 de diciembre de 2026", "",
      "El ayuntamiento decidió el martes por la noche reparar el viejo muro del puerto antes de las tormentas de invierno.", "",
      "El alcalde dijo que la obra durará tres meses y que el dinero ya está en el presupuesto municipal de este año.", "",
      "Los vecinos podrán seguir usando el paseo marítimo mientras duren las obras, según el consistorio.",
    ].join("\n");
    expect(runPage(page).captured.title).toBe("El puerto reparará el viejo muro antes del invierno");
  });
});
