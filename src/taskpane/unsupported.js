/*
 * The pane's page for Internet Explorer 11, the web view in which volume-licensed Excel 2016 and
 * 2019 and older Microsoft 365 builds run add-ins: React 18 and Fluent UI v9 do not run there.
 * taskpane.html loads the pane as <script type="module">, which IE ignores, and this file as
 * <script nomodule>, which only browsers without modules run. ES5 only, no build step, no
 * library: it says why, in Vietnamese and English, and what to use instead.
 */
(function () {
  "use strict";

  var TEXT = {
    vi: {
      title: "Phiên bản Excel này chưa chạy được ngăn Soát",
      why:
        "Excel này mở phần bổ trợ bằng trình duyệt Internet Explorer (Excel 2016, Excel 2019 bản cấp phép số lượng lớn, Microsoft 365 trước bản 2102). Ngăn Soát cần một trình duyệt hiện đại nên không hiển thị được ở đây. Sổ làm việc của bạn không bị thay đổi.",
      instead: "Thay vào đó, bạn có thể:",
      web: "Mở trang Soát ngoại tuyến soat.html bằng Edge, Chrome hoặc Firefox, rồi kéo thả tệp .xlsx vào: kiểm tra ngay trên máy, không gửi dữ liệu đi đâu.",
      webLink: "Mở soat.html",
      cli: "Dùng lệnh soat trên máy có Node.js: soat check ten-tep.xlsx",
      newer: "Hoặc mở sổ bằng Excel trên web, Excel 2021 trở lên, hay Microsoft 365 bản mới.",
      help: "Hướng dẫn sử dụng"
    },
    en: {
      title: "This Excel cannot run the Soát pane yet",
      why:
        "This Excel runs add-ins in Internet Explorer (Excel 2016, volume-licensed Excel 2019, Microsoft 365 before build 2102). The Soát pane needs a modern browser, so it cannot show here. Your workbook has not been changed.",
      instead: "Instead you can:",
      web: "Open Soát's offline page soat.html in Edge, Chrome or Firefox and drop the .xlsx file on it: it checks on this computer and sends nothing anywhere.",
      webLink: "Open soat.html",
      cli: "Use the soat command on a computer with Node.js: soat check file.xlsx",
      newer: "Or open the workbook in Excel on the web, Excel 2021 or later, or a current Microsoft 365.",
      help: "User guide"
    }
  };

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (attrs) for (var name in attrs) if (attrs.hasOwnProperty(name)) node.setAttribute(name, attrs[name]);
    return node;
  }

  function section(lang) {
    var t = TEXT[lang];
    var box = el("section", null, { lang: lang });
    box.appendChild(el("h1", t.title));
    box.appendChild(el("p", t.why));
    box.appendChild(el("p", t.instead));
    var list = el("ul");
    var web = el("li", t.web + " ");
    web.appendChild(el("a", t.webLink, { href: "soat.html" }));
    list.appendChild(web);
    list.appendChild(el("li", t.cli));
    list.appendChild(el("li", t.newer));
    box.appendChild(list);
    box.appendChild(el("p")).appendChild(el("a", t.help, { href: "help.html" }));
    return box;
  }

  function show() {
    var root = document.getElementById("root") || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var main = el("main", null, { id: "unsupported" });
    main.style.fontFamily = "Segoe UI, Arial, sans-serif";
    main.style.fontSize = "14px";
    main.style.lineHeight = "1.45";
    main.style.padding = "12px";
    main.appendChild(section("vi"));
    main.appendChild(el("hr"));
    main.appendChild(section("en"));
    root.appendChild(main);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
