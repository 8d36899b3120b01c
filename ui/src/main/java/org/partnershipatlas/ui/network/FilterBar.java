package org.partnershipatlas.ui.network;

import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * The filters of the explorer and the map: country, region, organisation type, link kind, theme, activity type,
 * status and confidence. The year is the {@link YearSlider}'s. Reads and writes an {@link AnalysisScope}; tells its
 * listener after each change made by the user.
 */
public class FilterBar extends FlexLayout {
    private final MultiSelectComboBox<Country> countries = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<OrganisationType> types = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<LinkKind> kinds = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Activity> activities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<LinkStatus> statuses = new MultiSelectComboBox<>();
    private final CheckboxGroup<Confidence> confidences = new CheckboxGroup<>();
    private NetworkSnapshot network = NetworkSnapshot.EMPTY;
    private boolean updating;

    public FilterBar(Consumer<FilterBar> onChange) {
        setId("filters");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        setup(countries, "filter-country", "filter.country", c -> ReaderWords.country(c, getLocale()));
        setup(regions, "filter-region", "filter.region", r -> enumLabel("region", r));
        setup(types, "filter-type", "filter.type", t -> enumLabel("type", t));
        setup(kinds, "filter-kind", "filter.kind", k -> enumLabel("kind", k));
        setup(themes, "filter-theme", "filter.theme", t -> ReaderWords.theme(t, getLocale()));
        setup(activities, "filter-activity", "filter.activity", a -> enumLabel("activity", a));
        setup(statuses, "filter-status", "filter.status", s -> enumLabel("status", s));
        regions.setItems(Region.values());
        types.setItems(OrganisationType.values());
        kinds.setItems(LinkKind.values());
        activities.setItems(Activity.values());
        statuses.setItems(LinkStatus.values());
        confidences.setId("filter-confidence");
        confidences.setLabel(getTranslation("filter.confidence"));
        confidences.setItems(Confidence.values());
        confidences.setItemLabelGenerator(c -> getTranslation("confidence." + c.name().toLowerCase(Locale.ROOT)));
        confidences.setValue(AnalysisScope.SOURCED);
        add(countries, regions, types, kinds, themes, activities, statuses, confidences);
        List.of(countries, regions, types, kinds, themes, activities, statuses).forEach(f ->
                f.addValueChangeListener(e -> changed(onChange)));
        confidences.addValueChangeListener(e -> changed(onChange));
    }

    private void changed(Consumer<FilterBar> onChange) {
        if (!updating) {
            onChange.accept(this);
        }
    }

    private String enumLabel(String prefix, Enum<?> value) {
        return getTranslation(prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private <T> void setup(MultiSelectComboBox<T> box, String id, String label,
                           ItemLabelGenerator<T> names) {
        box.setId(id);
        box.setLabel(getTranslation(label));
        box.setItemLabelGenerator(names);
        box.setClearButtonVisible(true);
        box.setWidth("13em");
    }

    /** The choices offered: the countries and themes that occur in the stored network. */
    public void setNetwork(NetworkSnapshot stored) {
        this.network = stored;
        updating = true;
        try {
            var selectedCountries = countries.getValue().stream().map(Country::code).collect(Collectors.toSet());
            countries.setItems(stored.countriesInUse().stream()
                    .sorted(Comparator.comparing((Country c) -> ReaderWords.country(c, getLocale()))).toList());
            countries.setValue(countriesFor(selectedCountries));
            var selectedThemes = themes.getValue();
            List<String> allThemes = stored.links().stream().flatMap(l -> l.themes().stream()).distinct()
                    .sorted(Comparator.comparing((String t) -> ReaderWords.theme(t, getLocale()))).toList();
            themes.setItems(allThemes);
            themes.setValue(selectedThemes);
        } finally {
            updating = false;
        }
    }

    private Set<Country> countriesFor(Set<String> codes) {
        return codes.stream().flatMap(c -> network.country(c).stream()).collect(Collectors.toSet());
    }

    /** Shows a scope's filters (e.g. from a shared URL) without telling the listener. */
    public void setScope(AnalysisScope scope) {
        updating = true;
        try {
            countries.setValue(countries.getListDataView().getItems()
                    .filter(c -> scope.countries().contains(c.code())).collect(Collectors.toSet()));
            regions.setValue(scope.regions());
            types.setValue(scope.types());
            kinds.setValue(scope.kinds());
            themes.setValue(scope.themes());
            activities.setValue(scope.activities());
            statuses.setValue(scope.statuses());
            confidences.setValue(scope.confidences());
        } finally {
            updating = false;
        }
    }

    /** The filters as a scope for the given year. */
    public AnalysisScope scope(Integer year) {
        Set<Confidence> grades = confidences.getValue().isEmpty() ? AnalysisScope.SOURCED : confidences.getValue();
        return new AnalysisScope(year, countries.getValue().stream().map(Country::code).collect(Collectors.toSet()),
                copy(regions.getValue(), Region.class), copy(types.getValue(), OrganisationType.class),
                copy(kinds.getValue(), LinkKind.class), themes.getValue(), copy(activities.getValue(), Activity.class),
                copy(statuses.getValue(), LinkStatus.class), grades);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    public MultiSelectComboBox<Country> countries() {
        return countries;
    }

    public CheckboxGroup<Confidence> confidences() {
        return confidences;
    }
}
