/** The programme's projects and sub-projects, as Quyết định 90/QĐ-TTg names them. */
import type { ProjectCode } from "./types";

export interface Project {
  code: ProjectCode;
  name: string;
  subprojects: { code: ProjectCode; name: string }[];
}

export const PROGRAMME: Project[] = [
  {
    code: "DA1",
    name: "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
    subprojects: [
      { code: "DA1.1", name: "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo" },
      { code: "DA1.2", name: "Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn" },
    ],
  },
  { code: "DA2", name: "Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", subprojects: [] },
  {
    code: "DA3",
    name: "Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng",
    subprojects: [
      { code: "DA3.1", name: "Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp" },
      { code: "DA3.2", name: "Cải thiện dinh dưỡng" },
    ],
  },
  {
    code: "DA4",
    name: "Phát triển giáo dục nghề nghiệp, việc làm bền vững",
    subprojects: [
      { code: "DA4.1", name: "Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn" },
      { code: "DA4.2", name: "Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng" },
      { code: "DA4.3", name: "Hỗ trợ việc làm bền vững" },
    ],
  },
  { code: "DA5", name: "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo", subprojects: [] },
  {
    code: "DA6",
    name: "Truyền thông và giảm nghèo về thông tin",
    subprojects: [
      { code: "DA6.1", name: "Giảm nghèo về thông tin" },
      { code: "DA6.2", name: "Truyền thông về giảm nghèo đa chiều" },
    ],
  },
  {
    code: "DA7",
    name: "Nâng cao năng lực và giám sát, đánh giá Chương trình",
    subprojects: [
      { code: "DA7.1", name: "Nâng cao năng lực thực hiện Chương trình" },
      { code: "DA7.2", name: "Giám sát, đánh giá" },
    ],
  },
];
