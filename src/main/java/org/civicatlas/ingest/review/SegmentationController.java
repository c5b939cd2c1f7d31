package org.civicatlas.ingest.review;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.ingest.LineRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The repair of a page's segmentation beside its numbered lines: move lines to a draft, a
 * new draft of lines, split a draft at a line, merge two drafts, mark a headline, byline
 * or caption, set lines aside, undo. Plain forms with a redirect after each step; a step
 * that breaks a rule or a form that cannot be read shows the page again, with status 400
 * and the reason.
 */
@Controller
@RequestMapping("/admin/pages/{id}")
class SegmentationController {

	private final SegmentationEditor editor;

	private final ReviewPageView view;

	private final MessageSource messages;

	SegmentationController(SegmentationEditor editor, ReviewPageView view, MessageSource messages) {
		this.editor = editor;
		this.view = view;
		this.messages = messages;
	}

	@InitBinder({ "linesForm", "draftsForm" })
	void declarative(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@PostMapping("/lines/move")
	String move(@PathVariable long id, @Valid @ModelAttribute LinesForm linesForm, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return step(id, linesForm, errors, "MOVE", true, places -> {
			if (linesForm.target() == null) {
				throw new SegmentationException("target", "ingest.lines.error.chooseDraft", linesForm.lines().get(0));
			}
			places.move(linesForm.lines(), linesForm.target());
		}, principal, model, response, redirect, locale);
	}

	@PostMapping("/lines/draft")
	String create(@PathVariable long id, @Valid @ModelAttribute LinesForm linesForm, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return step(id, linesForm, errors, "CREATE", false, places -> places.create(linesForm.lines()), principal,
				model, response, redirect, locale);
	}

	@PostMapping("/lines/split")
	String split(@PathVariable long id, @Valid @ModelAttribute LinesForm linesForm, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return step(id, linesForm, errors, "SPLIT", false, places -> places.split(single(linesForm)), principal, model,
				response, redirect, locale);
	}

	@PostMapping("/lines/headline")
	String headline(@PathVariable long id, @Valid @ModelAttribute LinesForm linesForm, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return step(id, linesForm, errors, "HEADLINE", false, places -> places.headline(single(linesForm)), principal,
				model, response, redirect, locale);
	}

	/**
	 * Byline, caption or body: one step, the role named by the path
	 * ({@code /lines/caption}).
	 */
	@PostMapping("/lines/{role:byline|caption|body}")
	String role(@PathVariable long id, @PathVariable String role, @Valid @ModelAttribute LinesForm linesForm,
			BindingResult errors, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		return mark(id, linesForm, errors, LineRole.valueOf(role.toUpperCase(Locale.ROOT)), principal, model, response,
				redirect, locale);
	}

	@PostMapping("/lines/discard")
	String discard(@PathVariable long id, @Valid @ModelAttribute LinesForm linesForm, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return step(id, linesForm, errors, "DISCARD", false, places -> places.discard(linesForm.lines()), principal,
				model, response, redirect, locale);
	}

	@PostMapping("/drafts/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute DraftsForm draftsForm, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		if (errors.hasErrors()) {
			return refused(id, List.of("ingest.lines.error.invalid"), model, response, locale);
		}
		String detail = "#" + draftsForm.draft() + " → #" + draftsForm.target();
		return run(id,
				() -> editor.apply(id, draftsForm.version(), editor(principal), "MERGE", detail,
						places -> places.merge(draftsForm.draft(), draftsForm.target())),
				model, response, redirect, locale);
	}

	@PostMapping("/undo")
	String undo(@PathVariable long id, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		return run(id, () -> editor.undo(id, version), model, response, redirect, locale);
	}

	private String mark(long id, LinesForm form, BindingResult errors, LineRole role, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return step(id, form, errors, role.name(), true, places -> places.mark(form.lines(), role, form.target()),
				principal, model, response, redirect, locale);
	}

	private String step(long id, LinesForm form, BindingResult errors, String operation, boolean withTarget,
			Consumer<PagePlaces> change, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		if (errors.hasErrors()) {
			List<String> keys = new ArrayList<>();
			if (errors.hasFieldErrors("lines")) {
				keys.add("ingest.lines.error.none");
			}
			if (errors.hasFieldErrors("target") || errors.hasFieldErrors("version")) {
				keys.add("ingest.lines.error.invalid");
			}
			return refused(id, keys, model, response, locale);
		}
		String detail = detail(form, withTarget);
		return run(id, () -> this.editor.apply(id, form.version(), editor(principal), operation, detail, change), model,
				response, redirect, locale);
	}

	/**
	 * Runs a step and goes back to the page; a broken rule shows the page again with the
	 * reason.
	 */
	private String run(long id, Runnable step, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		try {
			step.run();
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("ingest.lines.done"));
		}
		catch (SegmentationException ex) {
			model.addAttribute("repairErrors", List.of(messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			model.addAttribute("repairField", ex.field());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return view.show(id, model);
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem(ex.messageKey(), ex.arguments()));
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("ingest.review.stale"));
		}
		return "redirect:/admin/pages/" + id + "#lines";
	}

	private String refused(long id, List<String> keys, Model model, HttpServletResponse response, Locale locale) {
		model.addAttribute("repairErrors", keys.stream().map(key -> messages.getMessage(key, null, locale)).toList());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view.show(id, model);
	}

	private static int single(LinesForm form) {
		if (form.lines().size() != 1) {
			throw new SegmentationException("lines", "ingest.lines.error.oneLine");
		}
		return form.lines().get(0);
	}

	private static String detail(LinesForm form, boolean withTarget) {
		String lines = form.lines().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
		return withTarget && form.target() != null ? lines + " → #" + form.target() : lines;
	}

	private static String editor(Principal principal) {
		return principal == null ? "system" : principal.getName();
	}

}
