package org.partnershipatlas.ui.charts;

import org.partnershipatlas.charts.ChartOptions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * An Apache ECharts chart drawn as SVG by {@code js/atlas-charts.js}: the server builds the whole option
 * ({@link ChartOptions}) and the browser only draws it. The chart is an image to assistive technology, described
 * in one sentence; every chart in the product stands beside a table with the same numbers. ECharts is a static
 * resource under {@code /vendor/} (exact npm version with its checksum, {@code ui/vendor/packages.txt}).
 */
@Tag("div")
@JavaScript("context://vendor/echarts/echarts.min.js")
@JavaScript("context://js/atlas-charts.js")
public class Chart extends Component implements HasSize, HasStyle {
    private ObjectNode option;

    public Chart() {
        addClassName("atlas-chart");
        getElement().setAttribute("role", "img");
        setWidthFull();
        setHeight("260px");
    }

    /** Draws {@code newOption}; {@code description} says what it shows, in words, for screen readers. */
    public void setOption(ObjectNode newOption, String description) {
        this.option = newOption;
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("data-description", description);
        newOption.putObject("aria").put("enabled", true).putObject("label").put("description", description);
        getElement().executeJs("return window.atlasCharts.render(this, $0)", newOption.toString());
    }

    /** The option last drawn (for tests). */
    public ObjectNode getOption() {
        return option;
    }
}
