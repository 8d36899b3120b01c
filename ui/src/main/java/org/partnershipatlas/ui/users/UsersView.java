package org.partnershipatlas.ui.users;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.ui.components.ComponentWords;
import com.vaadin.flow.component.HasValidation;
import java.util.Locale;
import org.partnershipatlas.users.UserAdministration;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.writes.ConflictException;

/**
 * Users and API tokens, for admins ({@code /users}): create users with roles and stewardship, change them, reset a
 * password, disable; make a token (its secret shown once) and revoke one. Every change goes to
 * {@link UserAdministration}, which checks it like the API does.
 */
@NavigationEntry(path = Routes.USERS, text = "nav.users", icon = VaadinIcon.USERS, order = 150, audience = NavigationEntry.Audience.ADMINS)
@Route(value = Routes.USERS, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration administration;
    private final List<Organisation> organisations;
    private final Grid<UserAdministration.UserView> users = new Grid<>();
    private final Grid<UserAdministration.TokenView> tokens = new Grid<>();

    public UsersView(UserAdministration administration, NetworkReads reads) {
        this.administration = administration;
        this.organisations = reads.current().snapshot().organisations().stream()
                .sorted(Comparator.comparing(Organisation::name)).toList();
        setId("users-view");
        configureUsers();
        configureTokens();
        var newUser = new Button(getTranslation("users.new"), e -> userDialog(null));
        newUser.setId("new-user");
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var newToken = new Button(getTranslation("tokens.new"), e -> tokenDialog());
        newToken.setId("new-token");
        add(new H2(getTranslation("users.heading")), new Paragraph(getTranslation("users.intro")), newUser, users,
                new H3(getTranslation("tokens.heading")), new Paragraph(getTranslation("tokens.intro")), newToken, tokens);
        refresh();
    }

    private void configureUsers() {
        users.setId("users-grid");
        users.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        users.addColumn(UserAdministration.UserView::username).setHeader(getTranslation("users.username"))
                .setSortable(true).setKey("username");
        users.addColumn(u -> roles(u.roles())).setHeader(getTranslation("users.roles"));
        users.addColumn(u -> stewardship(u.stewardOf())).setHeader(getTranslation("users.steward-of"));
        users.addColumn(u -> getTranslation(u.enabled() ? "common.yes" : "common.no")).setHeader(getTranslation("users.enabled"));
        users.addComponentColumn(u -> {
            var edit = new Button(getTranslation("users.edit"), e -> userDialog(u));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("users.edit") + " " + u.username());
            return edit;
        }).setHeader(getTranslation("users.actions"));
        users.setAllRowsVisible(true);
    }

    private void configureTokens() {
        tokens.setId("tokens-grid");
        tokens.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tokens.addColumn(UserAdministration.TokenView::name).setHeader(getTranslation("tokens.name"));
        tokens.addColumn(t -> roles(t.roles())).setHeader(getTranslation("users.roles"));
        tokens.addColumn(t -> stewardship(t.stewardOf())).setHeader(getTranslation("users.steward-of"));
        tokens.addColumn(t -> ReaderWords.dateTime(t.createdAt(), getLocale()) + " · " + t.createdBy()).setHeader(getTranslation("tokens.created"));
        tokens.addColumn(t -> ReaderWords.dateTime(t.revokedAt(), getLocale())).setHeader(getTranslation("tokens.revoked"));
        tokens.addComponentColumn(t -> {
            var revoke = new Button(getTranslation("tokens.revoke"), e -> {
                administration.revokeToken(Actor.current(), t.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.setEnabled(t.revokedAt() == null);
            revoke.setAriaLabel(getTranslation("tokens.revoke") + " " + t.name());
            return revoke;
        });
        tokens.setAllRowsVisible(true);
    }

    private void refresh() {
        users.setItems(administration.users(Actor.current()));
        tokens.setItems(administration.tokens(Actor.current()));
    }

    private String roles(Set<Role> roles) {
        return roles.stream().sorted().map(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    private String stewardship(Set<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return organisations.stream().filter(o -> ids.contains(o.id())).map(Organisation::name)
                .collect(Collectors.joining(", "));
    }

    /** Create ({@code user == null}) or change a user. */
    private void userDialog(UserAdministration.UserView user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(user == null ? getTranslation("users.new") : getTranslation("users.edit") + ": " + user.username());
        var username = new TextField(getTranslation("users.username"));
        username.setId("user-username");
        username.setMaxLength(200);
        var password = new PasswordField(getTranslation(user == null ? "users.password" : "users.new-password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("users.password-help"));
        var roles = new CheckboxGroup<Role>(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        var stewardOf = new MultiSelectComboBox<Organisation>(getTranslation("users.steward-of"));
        stewardOf.setId("user-steward-of");
        stewardOf.setItems(organisations);
        stewardOf.setItemLabelGenerator(Organisation::name);
        stewardOf.setHelperText(getTranslation("users.steward-help"));
        var enabled = new Checkbox(getTranslation("users.enabled"));
        enabled.setId("user-enabled");
        if (user == null) {
            roles.setValue(Set.of(Role.VIEWER));
            enabled.setValue(true);
            enabled.setVisible(false);
        } else {
            username.setValue(user.username());
            username.setReadOnly(true);
            roles.setValue(user.roles());
            stewardOf.setValue(organisations.stream().filter(o -> user.stewardOf().contains(o.id())).collect(Collectors.toSet()));
            enabled.setValue(user.enabled());
        }
        var form = new FormLayout(username, password, roles, stewardOf, enabled);
        var save = new Button(getTranslation("users.save"), e -> {
            try {
                List<String> roleNames = roles.getValue().stream().map(Enum::name).toList();
                List<String> ids = stewardOf.getValue().stream().map(Organisation::id).toList();
                if (user == null) {
                    administration.create(Actor.current(), username.getValue(), password.getValue(), roleNames, ids);
                } else {
                    administration.update(Actor.current(), user.username(), new UserAdministration.UserUpdate(
                            password.isEmpty() ? null : password.getValue(), roleNames, ids, enabled.getValue()));
                }
                dialog.close();
                refresh();
                Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START);
            } catch (ValidationException ex) {
                for (ValidationError error : ex.errors()) {
                    switch (error.field() == null ? "" : error.field()) {
                        case "username" -> invalid(username, ErrorWords.message(error, this::getTranslation, getLocale()));
                        case "password" -> invalid(password, ErrorWords.message(error, this::getTranslation, getLocale()));
                        case "roles" -> {
                            roles.setInvalid(true);
                            roles.setErrorMessage(ErrorWords.message(error, this::getTranslation, getLocale()));
                        }
                        default -> {
                            stewardOf.setInvalid(true);
                            stewardOf.setErrorMessage(ErrorWords.message(error, this::getTranslation, getLocale()));
                        }
                    }
                }
            } catch (ConflictException ex) {
                error(ex.getMessage());
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        ComponentWords.apply(dialog);
        dialog.open();
    }

    private void tokenDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.new"));
        var name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        var roles = new CheckboxGroup<Role>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        roles.setValue(Set.of(Role.EDITOR));
        var stewardOf = new MultiSelectComboBox<Organisation>(getTranslation("users.steward-of"));
        stewardOf.setItems(organisations);
        stewardOf.setItemLabelGenerator(Organisation::name);
        var save = new Button(getTranslation("tokens.create"), e -> {
            try {
                var issued = administration.createToken(Actor.current(), name.getValue(),
                        roles.getValue().stream().map(Enum::name).toList(),
                        stewardOf.getValue().stream().map(Organisation::id).toList());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                var secret = new TextField(getTranslation("tokens.secret"));
                secret.setId("token-secret");
                secret.setValue(issued.secret());
                secret.setReadOnly(true);
                secret.setWidthFull();
                dialog.add(new Paragraph(getTranslation("tokens.shown-once")), secret);
                dialog.getFooter().add(new Button(getTranslation("tokens.done"), x -> dialog.close()));
                refresh();
            } catch (ValidationException ex) {
                ex.errors().stream().filter(err -> "name".equals(err.field())).findFirst()
                        .ifPresent(err -> invalid(name, ErrorWords.message(err, this::getTranslation, getLocale())));
                ex.errors().stream().filter(err -> !"name".equals(err.field())).findFirst()
                        .ifPresent(err -> error(err.message()));
            }
        });
        save.setId("token-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, roles, stewardOf));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        ComponentWords.apply(dialog);
        dialog.open();
    }

    private static void invalid(HasValidation field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.heading") + " · " + getTranslation("app.title");
    }
}
