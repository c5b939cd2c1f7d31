package org.civicatlas.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.civicatlas.editing.Forms;
import org.civicatlas.report.ReportTarget.Target;
import org.civicatlas.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/new?kind=article&id=5}: a reader reports a problem with a published
 * article, program or figure, without an account; the form carries a CSRF token, a report
 * is stored only within the per-address limit, and the reader lands on a thank-you page
 * (redirect after POST).
 */
@Controller
class ReportController {

	private final ReportTarget targets;

	private final ProblemReports reports;

	private final ReaderAddress address;

	ReportController(ReportTarget targets, ProblemReports reports, ReaderAddress address) {
		this.targets = targets;
		this.reports = reports;
		this.address = address;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@GetMapping("/reports/new")
	String show(@RequestParam String kind, @RequestParam long id, CsrfToken csrf, Model model) {
		model.addAttribute("target", target(kind, id));
		sessionBeforeRendering(csrf);
		model.addAttribute("form", ReportForm.empty());
		model.addAttribute("categories", ReportForm.Category.values());
		model.addAttribute("perWindow", ProblemReports.PER_WINDOW);
		return "reports/form";
	}

	@PostMapping("/reports")
	String create(@RequestParam String kind, @RequestParam long id, @Valid @ModelAttribute("form") ReportForm form,
			BindingResult errors, HttpServletRequest request, CsrfToken csrf, Model model) {
		Target target = target(kind, id);
		if (!errors.hasErrors() && !reports.create(target, form, address.hash(request))) {
			errors.reject("report.tooMany", new Object[] { ProblemReports.PER_WINDOW }, null);
		}
		if (errors.hasErrors()) {
			sessionBeforeRendering(csrf);
			model.addAttribute("target", target);
			model.addAttribute("categories", ReportForm.Category.values());
			model.addAttribute("perWindow", ProblemReports.PER_WINDOW);
			return "reports/form";
		}
		return "redirect:/reports/sent?kind=" + kind + "&id=" + id;
	}

	@GetMapping("/reports/sent")
	String sent(@RequestParam String kind, @RequestParam long id, Model model) {
		model.addAttribute("target", target(kind, id));
		return "reports/sent";
	}

	/**
	 * Makes the token, and so the session that holds it, now: the form is the only public
	 * page with a session, and a long address (repeated in the page's canonical links)
	 * commits the response before the form's token is rendered, when a session can no
	 * longer be created (the answer broke off).
	 */
	private static void sessionBeforeRendering(CsrfToken csrf) {
		csrf.getToken();
	}

	private Target target(String kind, long id) {
		if (!ReportTarget.isKind(kind)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown kind");
		}
		return targets.find(kind, id).orElseThrow(() -> new NotFoundException(kind + " " + id));
	}

}
