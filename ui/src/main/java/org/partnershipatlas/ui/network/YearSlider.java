package org.partnershipatlas.ui.network;

import com.vaadin.flow.component.DetachEvent;
import java.time.Year;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * The time slider: "as of year Y" on or off, a native range input (keyboard and screen-reader friendly: arrows,
 * Home, End) and play, which steps a year every {@value #PLAY_STEP_MS} ms until the last year.
 */
public class YearSlider extends HorizontalLayout {
    static final int PLAY_STEP_MS = 900;
    private final Checkbox enabled = new Checkbox();
    private final Input range = new Input(ValueChangeMode.LAZY);
    private final Span label = new Span();
    private final Button play = new Button();
    private final Consumer<Integer> onChange;
    private int min = 1985;
    private int max = Year.now().getValue();
    private Registration polling;
    private boolean updating;

    /** @param onChange told the year chosen by the user, or {@code null} for "every year" */
    public YearSlider(Consumer<Integer> onChange) {
        this.onChange = onChange;
        setId("year-slider");
        setAlignItems(FlexComponent.Alignment.CENTER);
        enabled.setId("year-enabled");
        enabled.setLabel(getTranslation("year.as-of"));
        range.setId("year-range");
        range.setType("range");
        range.setValueChangeTimeout(150);
        range.getElement().setAttribute("aria-label", getTranslation("year.slider"));
        range.getElement().setAttribute("step", "1");
        range.getStyle().set("width", "14em");
        label.setId("year-label");
        label.getStyle().set("font-variant-numeric", "tabular-nums").set("min-width", "3em");
        play.setId("year-play");
        play.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        play.addClickListener(e -> togglePlay());
        enabled.addValueChangeListener(e -> {
            refreshLabel();
            if (!updating) {
                onChange.accept(year());
            }
        });
        range.addValueChangeListener(e -> {
            refreshLabel();
            if (!updating) {
                enabled.setValue(true);
                onChange.accept(year());
            }
        });
        add(enabled, range, label, play);
        setBounds(min, max);
        set(null);
        showPlaying(false);
    }

    public void setBounds(int first, int last) {
        this.min = first;
        this.max = Math.max(first, last);
        range.getElement().setAttribute("min", String.valueOf(min));
        range.getElement().setAttribute("max", String.valueOf(max));
        range.getElement().setAttribute("aria-valuemin", String.valueOf(min));
        range.getElement().setAttribute("aria-valuemax", String.valueOf(max));
    }

    /** Shows a year (or none) without telling the listener. */
    public void set(Integer year) {
        updating = true;
        try {
            enabled.setValue(year != null);
            range.setValue(String.valueOf(year == null ? max : Math.max(min, Math.min(max, year))));
            refreshLabel();
        } finally {
            updating = false;
        }
    }

    /** The year chosen, or {@code null} for every year. */
    public Integer year() {
        if (!enabled.getValue()) {
            return null;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(range.getValue())));
        } catch (NumberFormatException e) {
            return max;
        }
    }

    private void refreshLabel() {
        Integer year = year();
        label.setText(year == null ? getTranslation("year.all") : String.valueOf(year));
        range.getElement().setAttribute("aria-valuetext", label.getText());
    }

    private void togglePlay() {
        if (polling != null) {
            stop();
            return;
        }
        UI ui = UI.getCurrent();
        Integer start = year();
        updating = true;
        enabled.setValue(true);
        range.setValue(String.valueOf(start == null || start >= max ? min : start));
        updating = false;
        refreshLabel();
        onChange.accept(year());
        ui.setPollInterval(PLAY_STEP_MS);
        polling = ui.addPollListener(e -> step());
        showPlaying(true);
    }

    /** One step of play: the next year, stopping at the last. */
    void step() {
        int next = year() == null ? min : year() + 1;
        if (next > max) {
            stop();
            return;
        }
        updating = true;
        range.setValue(String.valueOf(next));
        updating = false;
        refreshLabel();
        onChange.accept(next);
        if (next == max) {
            stop();
        }
    }

    private void stop() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        showPlaying(false);
    }

    private void showPlaying(boolean playing) {
        play.setIcon(playing ? VaadinIcon.PAUSE.create() : VaadinIcon.PLAY.create());
        play.setAriaLabel(getTranslation(playing ? "year.pause" : "year.play"));
    }

    public boolean isPlaying() {
        return polling != null;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stop();
        super.onDetach(detachEvent);
    }
}
