package org.partnershipatlas.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The narrative of a story being played, beside every view (below it on a narrow window): its title, "step 2 of 5",
 * the step's text, previous / next / end, and the keyboard (→ or Page Down: next; ←, Page Up: previous; Escape: end). Hidden
 * when no story plays. Lives in the layout, so it stays while each step navigates to its view.
 */
public class PresentationBar extends Div {
    private final H2 title = new H2();
    private final Span position = new Span();
    private final Paragraph text = new Paragraph();
    private final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final List<ShortcutRegistration> keys = new ArrayList<>();

    public PresentationBar() {
        setId("presentation-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("stories.presentation"));
        // Placed by css/presentation.css: beside the view on a wide window, below it on a narrow one, never over it.
        position.setId("presentation-position");
        position.getElement().setAttribute("aria-live", "polite");
        text.setId("presentation-text");
        previous.setId("presentation-previous");
        previous.setAriaLabel(getTranslation("stories.previous"));
        previous.setTooltipText(getTranslation("stories.previous"));
        previous.addClickListener(e -> act(Step.PREVIOUS));
        next.setId("presentation-next");
        next.setAriaLabel(getTranslation("stories.next"));
        next.setTooltipText(getTranslation("stories.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> act(Step.NEXT));
        var end = new Button(getTranslation("stories.end"), e -> act(Step.END));
        end.setId("presentation-end");
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new HorizontalLayout(previous, next, end);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, position, text, buttons);
        setVisible(false);
    }

    /**
     * The keys belong to the presentation only while a story plays: registered then, removed when it ends, so that
     * arrow keys still move sliders and lists on every other occasion.
     */
    private void listen(UI ui, boolean playing) {
        if (playing && keys.isEmpty()) {
            for (Key key : new Key[] {Key.ARROW_RIGHT, Key.PAGE_DOWN}) {
                keys.add(Shortcuts.addShortcutListener(this, () -> act(Step.NEXT), key).listenOn(ui));
            }
            for (Key key : new Key[] {Key.ARROW_LEFT, Key.PAGE_UP}) {
                keys.add(Shortcuts.addShortcutListener(this, () -> act(Step.PREVIOUS), key).listenOn(ui));
            }
            keys.add(Shortcuts.addShortcutListener(this, () -> act(Step.END), Key.ESCAPE).listenOn(ui));
        } else if (!playing) {
            keys.forEach(ShortcutRegistration::remove);
            keys.clear();
        }
    }

    private enum Step { PREVIOUS, NEXT, END }

    private void act(Step step) {
        UI ui = UI.getCurrent();
        Playback.of(ui).ifPresent(p -> {
            switch (step) {
                case PREVIOUS -> p.previous(ui);
                case NEXT -> p.next(ui);
                case END -> Playback.stop(ui);
            }
        });
    }

    /** Shows the playing step, or hides itself when nothing plays. */
    public void update(UI ui) {
        var playing = Playback.of(ui);
        setVisible(playing.isPresent());
        listen(ui, playing.isPresent());
        playing.ifPresent(p -> {
            title.setText(p.story().title());
            position.setText(getTranslation("stories.position", p.index() + 1, p.story().steps().size()));
            text.setText(p.step().text());
            previous.setEnabled(p.index() > 0);
            next.setEnabled(p.index() < p.story().steps().size() - 1);
        });
    }
}
