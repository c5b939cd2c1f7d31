package org.civicatlas.admin.user;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.civicatlas.editing.FieldChange;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * How the users controller turns validation, rule and version failures into forms,
 * without a database.
 */
@WebMvcTest(UsersController.class)
// the web-MVC slice leaves security out; these bring the default filter chain back for
// the signed-in principal
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@WithMockUser(username = "chief", roles = "ADMIN")
class UsersControllerTests {

	private static final UserView EDITOR = new UserView(7, "editor", Role.EDITOR, true, false, 3);

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void signedIn() {
		// the slice's MockMvc has no Spring Security test support; this one runs the
		// filter chain with @WithMockUser
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@MockitoBean
	UserAccounts accounts;

	@Test
	void invalidInputNeverReachesTheService() throws Exception {
		mvc.perform(post("/admin/users").with(csrf()).param("username", "x").param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users/new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"));
		verify(accounts, never()).create(any());
	}

	@Test
	void onlyTheFormsFieldsAreBound() throws Exception {
		when(accounts.find(7)).thenReturn(EDITOR);
		when(accounts.update(eq(7L), any(), eq("chief"))).thenReturn(EDITOR);
		mvc.perform(post("/admin/users/7").with(csrf())
			.param("role", "ADMIN")
			.param("enabled", "true")
			.param("version", "3")
			.param("passwordHash", "{noop}x"))
			.andExpect(redirectedUrl("/admin/users/7"))
			.andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("admin.users.saved")));
		verify(accounts).update(7L, new UserAccessForm(Role.ADMIN, true, 3L), "chief");
	}

	@Test
	void aRuleComesBackAsAFieldError() throws Exception {
		when(accounts.find(7)).thenReturn(EDITOR);
		when(accounts.update(eq(7L), any(), eq("chief")))
			.thenThrow(new UserRuleException("role", "admin.user.lastAdmin"));
		mvc.perform(post("/admin/users/7").with(csrf())
			.param("role", "EDITOR")
			.param("_enabled", "on")
			.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users/edit"))
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "admin.user.lastAdmin"));
	}

	@Test
	void aStaleVersionShowsTheSavedStateWithTheNewVersion() throws Exception {
		UserView savedMeanwhile = new UserView(7, "editor", Role.ADMIN, true, false, 4);
		when(accounts.find(7)).thenReturn(EDITOR, savedMeanwhile);
		when(accounts.update(eq(7L), any(), eq("chief"))).thenThrow(new StaleEditException("User 7", 3, 4));
		MvcResult result = mvc
			.perform(post("/admin/users/7").with(csrf())
				.param("role", "EDITOR")
				.param("_enabled", "on")
				.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("user", savedMeanwhile))
			.andExpect(model().attribute("form", new UserAccessForm(Role.EDITOR, false, 4L)))
			.andReturn();
		// both fields differ: the saved administrator who may sign in, the submitted
		// editor who may not
		assertThat(result.getModelAndView().getModel().get("changes"))
			.asInstanceOf(InstanceOfAssertFactories.list(FieldChange.class))
			.extracting(FieldChange::labelKey)
			.containsExactly("admin.user.role", "admin.user.status");
	}

	@Test
	void aDuplicateUsernameIsAFieldError() throws Exception {
		when(accounts.create(any())).thenThrow(new UserRuleException("username", "admin.user.username.taken"));
		mvc.perform(post("/admin/users").with(csrf()).param("username", "editor").param("role", "EDITOR"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "admin.user.username.taken"));
	}

}
