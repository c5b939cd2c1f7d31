package org.civicatlas.ingest.review;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import org.civicatlas.editing.Notice;
import org.civicatlas.ingest.IngestException;
import org.civicatlas.system.Publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue: the pages editors uploaded (and the seeds), and uploading a new page.
 */
@Controller
class PageQueueController {

	private static final int MAX_FILE_NAME_LENGTH = 200;

	private final ReviewQueries queries;

	private final PageUploader uploader;

	private final DataSize uploadLimit;

	PageQueueController(ReviewQueries queries, PageUploader uploader,
			@Value("${spring.servlet.multipart.max-file-size}") DataSize uploadLimit) {
		this.queries = queries;
		this.uploader = uploader;
		this.uploadLimit = uploadLimit;
	}

	@GetMapping("/admin/pages")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("pages", queries.pages(page));
		model.addAttribute("uploadLimit", uploadLimit.toMegabytes());
		return "admin/pages/list";
	}

	@PostMapping("/admin/pages")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String newspaper,
			@RequestParam(required = false) String issueDate, @RequestParam(required = false) String pageNumber,
			Principal editor, RedirectAttributes redirect) throws IOException {
		Optional<Publication> publication = UploadedPublication.of(newspaper, issueDate, pageNumber);
		if (publication.isEmpty()) {
			return refuse(redirect, Notice.problem("ingest.upload.publication"));
		}
		String name = file == null ? "" : fileName(file.getOriginalFilename());
		if (name.isEmpty()) {
			return refuse(redirect, Notice.problem("ingest.upload.missing"));
		}
		if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
			return refuse(redirect, Notice.problem("ingest.upload.notText"));
		}
		try {
			long id = uploader.upload(name, file.getBytes(), editor.getName(), publication.get());
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("ingest.upload.done", name));
			return "redirect:/admin/pages/" + id;
		}
		catch (IngestException ex) {
			return refuse(redirect, Notice.problem(ex.getMessageKey(), ex.getArguments()));
		}
		catch (DuplicatePageException ex) {
			redirect.addFlashAttribute("duplicateOf", ex.existingPageId());
			return refuse(redirect, Notice.problem("ingest.upload.duplicate"));
		}
		catch (DataIntegrityViolationException ex) {
			// the same page uploaded by someone else at the same moment: the unique
			// sha256 refused ours
			return refuse(redirect, Notice.problem("ingest.upload.concurrent"));
		}
	}

	private static String refuse(RedirectAttributes redirect, Notice notice) {
		redirect.addFlashAttribute(Notice.ATTRIBUTE, notice);
		return "redirect:/admin/pages";
	}

	/**
	 * The name without the folders some browsers send along, at most as long as the
	 * column.
	 */
	private static String fileName(String original) {
		String name = original == null ? ""
				: original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
		return name.length() > MAX_FILE_NAME_LENGTH ? name.substring(name.length() - MAX_FILE_NAME_LENGTH) : name;
	}

}
