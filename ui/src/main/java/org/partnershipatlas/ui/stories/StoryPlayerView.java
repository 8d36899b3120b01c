package org.partnershipatlas.ui.stories;

import java.time.ZoneOffset;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.stories.StoriesService;
import org.partnershipatlas.ui.presentation.Playback;
import org.partnershipatlas.ui.presentation.PresentationBar;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.StoredStory;

/**
 * A story's shareable address: its title slide (the title and what each step shows), then "Start" — or → — plays
 * it full screen, each step restoring its view with the narrative at the window's foot ({@link PresentationBar}).
 */
@Route(value = Routes.STORIES, layout = MainLayout.class)
@AnonymousAllowed
public class StoryPlayerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final StoriesService stories;
    private StoredStory story;

    public StoryPlayerView(StoriesService stories) {
        this.stories = stories;
        setId("story-player");
        setAlignItems(Alignment.CENTER);
        getStyle().set("padding-top", "10vh");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        UI ui = UI.getCurrent();
        Playback.clear(ui);
        story = stories.story(Actor.current(), id).orElse(null);
        if (story == null) {
            var missing = new Paragraph(getTranslation("stories.unknown"));
            missing.setId("story-unknown");
            add(new H2(getTranslation("stories.not-found")), missing);
            return;
        }
        var title = new H2(story.title());
        title.setId("story-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxxl)");
        var steps = new OrderedList();
        for (StoredStory.Step s : story.steps()) {
            String first = s.text().lines().findFirst().orElse(s.view());
            steps.add(new ListItem(first.length() > 120 ? first.substring(0, 120) + "…" : first));
        }
        var start = new Button(getTranslation("stories.start"), VaadinIcon.PLAY.create(), e -> play());
        start.setId("story-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var keys = new Paragraph(getTranslation("stories.keys"));
        keys.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, new Paragraph(getTranslation("stories.about", story.steps().size(), story.createdBy(),
                ReaderWords.date(story.createdAt().atZone(ZoneOffset.UTC), getLocale()))), steps, start, keys);
        Shortcuts.addShortcutListener(this, this::play, Key.ARROW_RIGHT).listenOn(ui);
        Shortcuts.addShortcutListener(this, this::play, Key.PAGE_DOWN).listenOn(ui);
    }

    private void play() {
        if (story != null && Playback.of(UI.getCurrent()).isEmpty()) {
            Playback.start(UI.getCurrent(), story, 0);
        }
    }

    @Override
    public String getPageTitle() {
        return (story == null ? getTranslation("stories.not-found") : story.title()) + " · Partnership Atlas";
    }
}
