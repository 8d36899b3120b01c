package org.partnershipatlas.users;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.NotFoundException;

/** Users and API tokens for admins ({@code /api/users}, {@code /api/tokens}). */
@RestController
@RequestMapping("/api")
@Tag(name = "users", description = "Who may sign in, and API tokens for scripts (ADMIN)")
class UsersController {
    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewUser(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String username,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "12 characters to 72 bytes")
                   String password,
                   @ArraySchema(schema = @Schema(allowableValues = {"VIEWER", "EDITOR", "ADMIN"})) List<String> roles,
                   @ArraySchema(schema = @Schema(description = "an organisation id")) List<String> stewardOf) {
    }

    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE, description = "absent fields stay as they are")
    record UserPatch(@Schema(nullable = true) String password,
                     @ArraySchema(arraySchema = @Schema(nullable = true), schema = @Schema(allowableValues = {"VIEWER", "EDITOR", "ADMIN"})) List<String> roles,
                     @ArraySchema(arraySchema = @Schema(nullable = true), schema = @Schema(description = "an organisation id")) List<String> stewardOf,
                     @Schema(nullable = true) Boolean enabled) {
    }

    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewToken(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String name,
                    @ArraySchema(schema = @Schema(allowableValues = {"VIEWER", "EDITOR", "ADMIN"})) List<String> roles,
                    @ArraySchema(schema = @Schema(description = "an organisation id")) List<String> stewardOf) {
    }

    record CreatedToken(String id, String token, UserAdministration.TokenView details) {
    }

    @Operation(summary = "Create a user: {username, password, roles: [VIEWER|EDITOR|ADMIN], stewardOf: [organisation ids]}")
    @ApiResponse(responseCode = "201", description = "made")
    @PostMapping("/users")
    ResponseEntity<UserAdministration.UserView> create(@RequestBody NewUser body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(users.create(Actor.current(), body.username(), body.password(), body.roles(), body.stewardOf()));
    }

    @Operation(summary = "Every user, without passwords")
    @GetMapping("/users")
    List<UserAdministration.UserView> list() {
        return users.users(Actor.current());
    }

    @Operation(summary = "One user")
    @GetMapping("/users/{username}")
    UserAdministration.UserView get(@PathVariable String username) {
        return users.user(Actor.current(), username).orElseThrow(() -> new NotFoundException("user", username));
    }

    @Operation(summary = "Change a user's password, roles, stewardship or enabled flag (absent fields stay)")
    @PatchMapping("/users/{username}")
    UserAdministration.UserView patch(@PathVariable String username, @RequestBody UserPatch body) {
        return users.update(Actor.current(), username,
                new UserAdministration.UserUpdate(body.password(), body.roles(), body.stewardOf(), body.enabled()));
    }

    @Operation(summary = "Disable a user (kept for the history; PATCH enabled=true brings them back)")
    @DeleteMapping("/users/{username}")
    UserAdministration.UserView disable(@PathVariable String username) {
        return users.disable(Actor.current(), username);
    }

    @Operation(summary = "Make an API token: {name, roles, stewardOf} → {id, token}; the token is shown only now")
    @ApiResponse(responseCode = "201", description = "made; the token is shown only now")
    @PostMapping("/tokens")
    ResponseEntity<CreatedToken> createToken(@RequestBody NewToken body) {
        var issued = users.createToken(Actor.current(), body.name(), body.roles(), body.stewardOf());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedToken(issued.token().id(), issued.secret(), issued.token()));
    }

    @Operation(summary = "Every API token, without secrets")
    @GetMapping("/tokens")
    List<UserAdministration.TokenView> tokens() {
        return users.tokens(Actor.current());
    }

    @Operation(summary = "Revoke an API token: it is refused from the next request on")
    @ApiResponse(responseCode = "204", description = "revoked")
    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        users.revokeToken(Actor.current(), id);
        return ResponseEntity.noContent().build();
    }
}
