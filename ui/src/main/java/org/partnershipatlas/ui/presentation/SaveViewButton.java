package org.partnershipatlas.ui.presentation;

import org.partnershipatlas.stories.StoryViews;
import org.partnershipatlas.ui.presentation.StoryDraft;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.ui.components.ViewAddress;

/**
 * "Save this view" in the layout's header (editors): takes the address of what the view shows — the one it keeps
 * with itself ({@link ViewAddress}: its question, year and filters, including those it took from the session), else
 * the address it was opened at — asks for a paragraph of narrative and adds both to the session's
 * {@link StoryDraft}, which the Stories view orders and saves. Never the address bar of a moment before, so that no
 * state of another view comes with it.
 */
public class SaveViewButton extends Button {

    public SaveViewButton() {
        super(VaadinIcon.BOOKMARK.create());
        setId("save-view");
        setText(getTranslation("stories.save-view"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addClickListener(e -> {
            String view = shown(UI.getCurrent());
            try {
                StoryViews.check(view);
            } catch (BadRequestException notAView) {
                warn(getTranslation("stories.not-a-view"));
                return;
            }
            open(view);
        });
    }

    /** The address of what the current view shows ({@code /map?year=2006&select=LS}). */
    public static String shown(UI ui) {
        Component view = ui.getCurrentView();
        return ViewAddress.of(view)
                .orElseGet(() -> "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters());
    }

    private void open(String view) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("stories.save-view"));
        var where = new Paragraph(getTranslation("stories.saving", view));
        var text = new TextArea(getTranslation("stories.narrative"));
        text.setId("save-view-text");
        text.setMaxLength(StoredStory.MAX_TEXT);
        text.setWidth("32em");
        text.setHelperText(getTranslation("stories.narrative-help"));
        var add = new Button(getTranslation("stories.add-to-draft"), e -> {
            if (!StoryDraft.current().add(view, text.getValue())) {
                warn(getTranslation("stories.draft-full", StoredStory.MAX_STEPS));
                return;
            }
            dialog.close();
            var n = Notification.show(getTranslation("stories.added", StoryDraft.current().steps().size()), 4000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add.setId("save-view-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("stories.cancel"), e -> dialog.close());
        dialog.add(where, text, new Anchor("stories", getTranslation("stories.open-draft")));
        dialog.getFooter().add(cancel, add);
        dialog.open();
    }

    private static void warn(String message) {
        Notification.show(message, 5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
