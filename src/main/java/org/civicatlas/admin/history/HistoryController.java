package org.civicatlas.admin.history;

import org.civicatlas.admin.user.UserRuleException;
import org.civicatlas.editing.Notice;
import org.civicatlas.system.Paged;
import org.civicatlas.system.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who changed what and when, across all records and per record, with revert. */
@Controller
@RequestMapping("/admin/history")
class HistoryController {

	private final HistoryQueries queries;

	private final RecordHistories histories;

	private final Reverter reverter;

	private final HistoryDisplay display;

	private final ReportLinks reports;

	HistoryController(HistoryQueries queries, RecordHistories histories, Reverter reverter, HistoryDisplay display,
			ReportLinks reports) {
		this.queries = queries;
		this.histories = histories;
		this.reverter = reverter;
		this.display = display;
		this.reports = reports;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Authentication authentication, Model model) {
		boolean admin = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		model.addAttribute("changes", queries.page(page, admin));
		return "admin/history/list";
	}

	@GetMapping("/{entity}/{id}")
	String show(@PathVariable String entity, @PathVariable String id, @RequestParam(defaultValue = "1") int page,
			Model model) {
		AuditedEntity audited = entity(entity);
		RecordHistory history = histories.find(audited, id(audited, id));
		Paged<RecordHistory.RevisionDiff> revisions = history.page(page);
		model.addAttribute("history", history);
		model.addAttribute("revisions", revisions);
		model.addAttribute("view", display.show(audited, history, revisions.rows(), english()));
		model.addAttribute("fixedReports",
				reports.of(revisions.rows().stream().map(RecordHistory.RevisionDiff::rev).toList()));
		return "admin/history/show";
	}

	/**
	 * What a revert would change, with the button that does it: nothing changes before
	 * that POST.
	 */
	@GetMapping("/{entity}/{id}/revert/{rev}")
	String confirmRevert(@PathVariable String entity, @PathVariable String id, @PathVariable int rev, Model model) {
		AuditedEntity audited = entity(entity);
		Object key = id(audited, id);
		RecordHistory history = histories.find(audited, key);
		if (history.currentVersion() == null) {
			throw new NotFoundException(entity + " " + id);
		}
		model.addAttribute("history", history);
		model.addAttribute("rev", rev);
		model.addAttribute("changes", display.show(histories.revertChanges(audited, key, rev), english()));
		return "admin/history/revert";
	}

	@PostMapping("/{entity}/{id}/revert/{rev}")
	String revert(@PathVariable String entity, @PathVariable String id, @PathVariable int rev,
			@RequestParam long version, RedirectAttributes redirect) {
		AuditedEntity audited = entity(entity);
		try {
			reverter.revert(audited, id(audited, id), rev, version);
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("admin.history.reverted"));
			redirect.addFlashAttribute("revertedTo", rev);
		}
		catch (RevertConflictException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("admin.conflict.retry"));
		}
		catch (UserRuleException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem(ex.getCode()));
		}
		catch (RevertRefusedException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem(ex.getCode()));
		}
		return "redirect:/admin/history/" + audited.key() + "/" + id;
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static AuditedEntity entity(String key) {
		return AuditedEntity.byKey(key).orElseThrow(() -> new NotFoundException("History of " + key));
	}

	private static Object id(AuditedEntity entity, String id) {
		return entity.parseId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
	}

}
