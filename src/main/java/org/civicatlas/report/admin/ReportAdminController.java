package org.civicatlas.report.admin;

import java.security.Principal;
import java.util.List;

import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.report.admin.ReportQueue.Status;
import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/reports}: the readers' reports by status, newest first; an editor
 * resolves or dismisses each.
 */
@Controller
class ReportAdminController {

	private final ReportQueue queue;

	ReportAdminController(ReportQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/admin/reports")
	String list(@RequestParam(defaultValue = "OPEN") Status status, @RequestParam(defaultValue = "1") int page,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("reports", queue.page(status, page));
		return "admin/reports/list";
	}

	/**
	 * One report with the changes made to its record since it came in, those named as its
	 * fix marked: where a record's history links to the report it answered.
	 */
	@GetMapping("/admin/reports/{id}")
	String show(@PathVariable long id, Model model) {
		ReportQueue.Row report = queue.one(id).orElseThrow(() -> new NotFoundException("Report " + id));
		model.addAttribute("report", report);
		model.addAttribute("status", report.status());
		model.addAttribute("statuses", Status.values());
		return "admin/reports/show";
	}

	/**
	 * A decision on a report; {@code fix} names the changes that resolved it (none for
	 * another decision).
	 */
	@PostMapping("/admin/reports/{id}")
	String update(@PathVariable long id, @RequestParam Status status, @RequestParam long version,
			@RequestParam(defaultValue = "OPEN") Status shown,
			@RequestParam(name = "fix", required = false) List<Integer> fix, Principal editor,
			RedirectAttributes redirect) {
		try {
			if (!queue.decide(id, version, status, editor.getName(), fix == null ? List.of() : fix)) {
				throw new NotFoundException("Report " + id);
			}
			redirect.addFlashAttribute(Notice.ATTRIBUTE,
					Notice.success("report.admin.decided." + status.name(), String.valueOf(id)));
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.warning("report.admin.stale", String.valueOf(id)));
		}
		return "redirect:/admin/reports?status=" + shown.name();
	}

}
