package org.partnershipatlas.ui.components;

import java.util.stream.Stream;
import org.partnershipatlas.texts.ReaderWords;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import elemental.json.Json;

/**
 * The words Vaadin's components say themselves, in the reader's language: a date picker's months, "Today" and
 * "Cancel" (and British or Welsh dates, never 1/16/2027), a password field's "Show password", an upload's "Upload
 * Files…", a multi-select's announcements to screen readers, the drawer toggle's "Toggle navigation panel", and a
 * grid sorter's "Sort by …" (set in the browser by {@code js/atlas-words.js} from the page's
 * {@code data-sort-by}). Applied to every view after navigation, and by views to what they add later (dialogs, new
 * cards) with {@link #apply(Component)}. The page also says which language it is in ({@code <html lang>}), so that a
 * screen reader reads Welsh as Welsh.
 */
@org.springframework.stereotype.Component
public class ComponentWords implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getPage().addJavaScript("context://js/atlas-words.js");
            ui.addAfterNavigationListener(ComponentWords::afterNavigation);
        });
    }

    private static void afterNavigation(AfterNavigationEvent event) {
        UI ui = event.getLocationChangeEvent().getUI();
        Locale locale = ui.getLocale();
        ui.getElement().setAttribute("data-sort-by", ui.getTranslation("vaadin.sort-by"));
        ui.getPage().executeJs("document.documentElement.lang = $0",
                AtlasI18NProvider.isWelsh(locale) ? "cy" : "en-GB");
        apply(ui);
    }

    /** Gives every component in {@code root}'s tree the words of the current UI's language. */
    public static void apply(Component root) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        walk(root, ui);
    }

    private static void walk(Component c, UI ui) {
        words(c, ui);
        c.getChildren().forEach(child -> walk(child, ui));
    }

    private static void words(Component c, UI ui) {
        if (c instanceof DrawerToggle toggle) {
            toggle.setAriaLabel(ui.getTranslation("vaadin.drawer-toggle"));
        } else if (c instanceof AppLayout layout) {
            layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(ui.getTranslation("vaadin.drawer")));
        } else if (c instanceof DatePicker picker) {
            datePicker(picker, ui);
        } else if (c instanceof PasswordField field) {
            // PasswordFieldI18n has no words for the reveal button: the web component's own i18n property does.
            field.getElement().setPropertyJson("i18n", Json.parse("{\"reveal\": "
                    + Json.create(ui.getTranslation("vaadin.password-reveal")).toJson() + "}"));
        } else if (c instanceof MultiSelectComboBox<?> box) {
            box.setI18n(new MultiSelectComboBoxI18n()
                    .setCleared(ui.getTranslation("vaadin.select.cleared"))
                    .setFocused(ui.getTranslation("vaadin.select.focused"))
                    .setSelected(ui.getTranslation("vaadin.select.selected"))
                    .setDeselected(ui.getTranslation("vaadin.select.deselected"))
                    .setTotal(ui.getTranslation("vaadin.select.total")));
        } else if (c instanceof Upload upload) {
            upload(upload, ui);
        }
    }

    private static void datePicker(DatePicker picker, UI ui) {
        Locale conventions = ReaderWords.conventions(ui.getLocale());
        picker.setLocale(conventions);
        var days = Arrays.stream(DayOfWeek.values()).toList();
        // the picker's weeks start on Sunday: index 0
        List<DayOfWeek> fromSunday = Stream.concat(days.subList(6, 7).stream(), days.subList(0, 6).stream())
                .toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, conventions)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, conventions)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, conventions)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd")
                .setToday(ui.getTranslation("vaadin.date.today"))
                .setCancel(ui.getTranslation("vaadin.date.cancel"))
                .setBadInputErrorMessage(ui.getTranslation("vaadin.date.bad-input")));
    }

    private static void upload(Upload upload, UI ui) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("vaadin.upload.drop-one"))
                .setMany(ui.getTranslation("vaadin.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("vaadin.upload.add-one"))
                .setMany(ui.getTranslation("vaadin.upload.add-many")));
        i18n.setFile(new UploadI18N.File().setRetry(ui.getTranslation("vaadin.upload.retry"))
                .setStart(ui.getTranslation("vaadin.upload.start")).setRemove(ui.getTranslation("vaadin.upload.remove")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("vaadin.upload.too-many"))
                .setFileIsTooBig(ui.getTranslation("vaadin.upload.too-big"))
                .setIncorrectFileType(ui.getTranslation("vaadin.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("vaadin.upload.connecting"))
                        .setStalled(ui.getTranslation("vaadin.upload.stalled"))
                        .setProcessing(ui.getTranslation("vaadin.upload.processing"))
                        .setHeld(ui.getTranslation("vaadin.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(ui.getTranslation("vaadin.upload.remaining"))
                        .setUnknown(ui.getTranslation("vaadin.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(ui.getTranslation("vaadin.upload.server-unavailable"))
                        .setUnexpectedServerError(ui.getTranslation("vaadin.upload.server-error"))
                        .setForbidden(ui.getTranslation("vaadin.upload.forbidden"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }
}
