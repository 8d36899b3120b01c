package org.partnershipatlas.ui.users;

import org.partnershipatlas.users.UserAdministration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.AccountStore;

/** The Users view as an admin: a new user is checked like the API does, and made. */
class UsersViewTest extends KaribuViewTest {
    @Autowired
    AccountStore accounts;

    @BeforeEach
    void signInAsAdmin() {
        signIn("admin", Set.of(Role.ADMIN));
    }

    @SuppressWarnings("unchecked")
    @Test
    void newUser_withAShortPassword_isRefusedAtTheField_thenMadeWithAGoodOne() {
        navigate("users", UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _get(TextField.class, spec -> spec.withId("user-username")).setValue("karibu-made");
        _get(PasswordField.class, spec -> spec.withId("user-password")).setValue("short");
        ((CheckboxGroup<Role>) _get(CheckboxGroup.class, spec -> spec.withId("user-roles"))).setValue(Set.of(Role.EDITOR));
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        var password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12");
        assertThat(accounts.user("karibu-made")).isEmpty();

        password.setValue("a-long-enough-password");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(accounts.user("karibu-made")).hasValueSatisfying(u -> assertThat(u.roles()).containsExactly("EDITOR"));
        Grid<UserAdministration.UserView> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(accounts.users().size());
    }
}
