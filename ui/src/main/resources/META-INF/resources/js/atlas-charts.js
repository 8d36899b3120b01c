/*
 * Partnership Atlas: charts (Apache ECharts 5, served from /vendor/echarts/, see ui/vendor/packages.txt).
 * Driven from Java by org.partnershipatlas.ui.charts.Chart:
 *   atlasCharts.render(element, optionJson)   draw an ECharts option with the SVG renderer and ARIA on
 * Every chart has a table alternative beside it (the view's job); the option's aria.label.description is the
 * chart in one sentence, set by the server in the reader's language. Names are data drawn as SVG text, never markup.
 */
(function () {
  "use strict";

  function whenSized(el) {
    return new Promise((resolve) => {
      const check = () => (el.offsetWidth > 0 && el.offsetHeight > 0 ? resolve() : requestAnimationFrame(check));
      check();
    });
  }

  async function render(el, json) {
    await whenSized(el);
    const option = typeof json === "string" ? JSON.parse(json) : json;
    option.aria = Object.assign({ enabled: true }, option.aria || {});
    option.animation = false;
    let chart = echarts.getInstanceByDom(el);
    if (!chart) {
      chart = echarts.init(el, null, { renderer: "svg" });
      if (window.ResizeObserver) new ResizeObserver(() => chart.resize()).observe(el);
    }
    chart.setOption(option, true);
    // ECharts' own aria-label would replace the server's description; keep ours on the host element.
    if (el.dataset.description) el.setAttribute("aria-label", el.dataset.description);
    el.setAttribute("data-rendered", "true");
    return true;
  }

  /*
   * On paper (css/print.css) a chart is as wide as the page, not as the window: when the print media starts to apply
   * (the browser has laid the page out for paper by then, and prints after), every chart is drawn again at its new
   * width at once, so nothing is cut and labels keep their size; when printing ends, at the window's width again.
   */
  function redrawAll() {
    document.querySelectorAll(".atlas-chart").forEach((el) => {
      const chart = echarts.getInstanceByDom(el);
      if (chart && el.offsetWidth > 0) {
        chart.resize();
        chart.getZr().flush();
      }
    });
  }
  if (window.matchMedia) window.matchMedia("print").addEventListener("change", redrawAll);

  window.atlasCharts = { render };
})();
