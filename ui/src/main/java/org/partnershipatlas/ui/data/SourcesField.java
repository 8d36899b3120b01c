package org.partnershipatlas.ui.data;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.partnershipatlas.model.Source;

/**
 * The sources of an organisation or link, edited as rows of citation and address (the address optional, http(s)
 * only — checked by the door with the import's rules). Rows with an empty citation are left out.
 */
class SourcesField extends CustomField<List<SourcesField.Row>> implements HasValidation {
    /** One source as typed: not yet validated. */
    record Row(String citation, String url) {
    }

    private final VerticalLayout rows = new VerticalLayout();
    private final List<HorizontalLayout> lines = new ArrayList<>();

    SourcesField(String label, String addLabel, String citationLabel, String urlLabel, String removeLabel) {
        setLabel(label);
        rows.setPadding(false);
        rows.setSpacing(false);
        var add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(new Row("", ""), citationLabel, urlLabel, removeLabel));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setId("add-source");
        this.citationLabel = citationLabel;
        this.urlLabel = urlLabel;
        this.removeLabel = removeLabel;
        add(rows, add);
    }

    private final String citationLabel;
    private final String urlLabel;
    private final String removeLabel;

    private void addRow(Row row, String citationLabel, String urlLabel, String removeLabel) {
        var citation = new TextField();
        citation.setPlaceholder(citationLabel);
        citation.setAriaLabel(citationLabel);
        citation.setValue(row.citation() == null ? "" : row.citation());
        citation.setWidth("22em");
        citation.setMaxLength(Source.MAX_CITATION_LENGTH);
        var url = new TextField();
        url.setPlaceholder(urlLabel);
        url.setAriaLabel(urlLabel);
        url.setValue(row.url() == null ? "" : row.url());
        url.setWidth("18em");
        var line = new HorizontalLayout(citation, url);
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(line);
            lines.remove(line);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(removeLabel);
        line.add(remove);
        citation.addValueChangeListener(e -> updateValue());
        url.addValueChangeListener(e -> updateValue());
        lines.add(line);
        rows.add(line);
    }

    @Override
    protected List<Row> generateModelValue() {
        var result = new ArrayList<Row>();
        for (HorizontalLayout line : lines) {
            String citation = ((TextField) line.getComponentAt(0)).getValue();
            String url = ((TextField) line.getComponentAt(1)).getValue();
            if (!citation.isBlank() || !url.isBlank()) {
                result.add(new Row(citation, url));
            }
        }
        return result;
    }

    @Override
    protected void setPresentationValue(List<Row> value) {
        rows.removeAll();
        lines.clear();
        for (Row row : value == null ? List.<Row>of() : value) {
            addRow(row, citationLabel, urlLabel, removeLabel);
        }
        if (lines.isEmpty()) {
            addRow(new Row("", ""), citationLabel, urlLabel, removeLabel);
        }
    }
}
