package org.civicatlas.admin.dashboard;

import org.civicatlas.admin.history.HistoryQueries;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after signing in: what is published, what waits for review, who changed
 * what lately.
 */
@Controller
class DashboardController {

	static final int RECENT = 10;

	private final DashboardQueries dashboard;

	private final HistoryQueries history;

	DashboardController(DashboardQueries dashboard, HistoryQueries history) {
		this.dashboard = dashboard;
		this.history = history;
	}

	@GetMapping("/admin")
	String show(Authentication authentication, Model model) {
		boolean admin = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		model.addAttribute("counts", dashboard.counts());
		model.addAttribute("pages", dashboard.pagesInReview());
		model.addAttribute("changes", history.recent(RECENT, admin));
		return "admin/dashboard";
	}

}
