package org.partnershipatlas.ui.stories;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.stories.StoriesService;

import java.time.ZoneOffset;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.ui.presentation.StoryDraft;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.StoredStory;

/**
 * Saved stories, each played at its own shareable address ({@code /stories/<id>}); for editors, the draft being
 * put together from saved views ("Save this view" in the header): order the steps, write their narrative, give it a
 * title and save it.
 */
@NavigationEntry(path = Routes.STORIES, text = "nav.stories", icon = VaadinIcon.PRESENTATION, order = 100)
@Route(value = Routes.STORIES, layout = MainLayout.class)
@PageTitle("Stories · Partnership Atlas")
@AnonymousAllowed
public class StoriesView extends VerticalLayout {
    private final StoriesService stories;
    private final Div list = new Div();
    private final Div draft = new Div();
    private final TextField title = new TextField();
    private final Checkbox shared = new Checkbox();

    public StoriesView(StoriesService stories) {
        this.stories = stories;
        setId("stories-view");
        list.setId("stories-list");
        list.setWidthFull();
        draft.setId("story-draft");
        draft.setWidthFull();
        add(new H2(getTranslation("stories.heading")), new Paragraph(getTranslation("stories.intro")), list);
        if (StoriesService.mayEdit(Actor.current())) {
            add(new H3(getTranslation("stories.draft")), draft);
        }
        showStories();
        showDraft();
    }

    private void showStories() {
        list.removeAll();
        var all = stories.stories(Actor.current());
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("stories.none")));
            return;
        }
        boolean mayEdit = StoriesService.mayEdit(Actor.current());
        for (StoredStory s : all) {
            var play = new Anchor("stories/" + s.id(), s.title());
            play.addClassName("story-link");
            var about = new Span(" — " + getTranslation("stories.about", s.steps().size(), s.createdBy(),
                    ReaderWords.date(s.createdAt().atZone(ZoneOffset.UTC), getLocale())) + (s.shared() ? "" : " · " + getTranslation("stories.not-shared")));
            about.getStyle().set("color", "var(--lumo-secondary-text-color)");
            var row = new HorizontalLayout(play, about);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("story");
            if (mayEdit) {
                var delete = new Button(VaadinIcon.TRASH.create(), e -> {
                    stories.delete(Actor.current(), s.id());
                    showStories();
                });
                delete.setAriaLabel(getTranslation("stories.delete", s.title()));
                delete.setTooltipText(getTranslation("stories.delete", s.title()));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                row.add(delete);
            }
            list.add(row);
        }
    }

    private void showDraft() {
        draft.removeAll();
        if (!StoriesService.mayEdit(Actor.current())) {
            return;
        }
        StoryDraft current = StoryDraft.current();
        if (current.steps().isEmpty()) {
            draft.add(new Paragraph(getTranslation("stories.draft-empty")));
            return;
        }
        var steps = new OrderedList();
        steps.setId("draft-steps");
        for (int i = 0; i < current.steps().size(); i++) {
            steps.add(step(current, i));
        }
        title.setId("draft-title");
        title.setLabel(getTranslation("stories.title"));
        title.setMaxLength(StoredStory.MAX_TITLE);
        title.setWidth("32em");
        title.setRequired(true);
        shared.setId("draft-shared");
        shared.setLabel(getTranslation("stories.shared"));
        if (title.isEmpty()) {
            shared.setValue(true);
        }
        var save = new Button(getTranslation("stories.save"), e -> save(current));
        save.setId("draft-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discard = new Button(getTranslation("stories.discard"), e -> {
            current.clear();
            showDraft();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        draft.add(steps, title, shared, new HorizontalLayout(save, discard));
    }

    private Component step(StoryDraft current, int i) {
        var step = current.steps().get(i);
        var view = new Anchor(step.view().substring(1), step.view());
        var text = new TextArea(getTranslation("stories.narrative"));
        text.setValue(step.text());
        text.setMaxLength(StoredStory.MAX_TEXT);
        text.setWidth("32em");
        text.addValueChangeListener(e -> current.setText(i, e.getValue()));
        var up = iconButton(VaadinIcon.ARROW_UP, getTranslation("stories.up", i + 1), () -> current.move(i, -1));
        up.setEnabled(i > 0);
        var down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("stories.down", i + 1), () -> current.move(i, 1));
        down.setEnabled(i < current.steps().size() - 1);
        var remove = iconButton(VaadinIcon.CLOSE_SMALL, getTranslation("stories.remove", i + 1), () -> current.remove(i));
        var buttons = new HorizontalLayout(up, down, remove);
        buttons.setSpacing(false);
        var item = new ListItem(view, new Div(text), buttons);
        item.addClassName("draft-step");
        return item;
    }

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var b = new Button(icon.create(), e -> {
            action.run();
            showDraft();
        });
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void save(StoryDraft current) {
        try {
            String id = stories.create(Actor.current(), title.getValue(), current.steps(), shared.getValue());
            current.clear();
            title.clear();
            showStories();
            showDraft();
            var n = Notification.show(getTranslation("stories.saved"), 4000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            n.setId("story-saved-" + id);
        } catch (IllegalArgumentException | BadRequestException e) {
            title.setInvalid(true);
            title.setErrorMessage(e.getMessage());
        }
    }
}
