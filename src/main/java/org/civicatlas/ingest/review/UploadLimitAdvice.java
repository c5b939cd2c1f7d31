package org.civicatlas.ingest.review;

import org.civicatlas.editing.Notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the upload limit is refused while the request is parsed, before any controller runs,
 * so only advice can answer it: back to the review queue with the limit, not an error page. (The
 * upload form carries its CSRF token in its URL, as the token field in the refused body is lost.)
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final DataSize limit;

	UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size}") DataSize limit) {
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("ingest.upload.tooLarge", limit.toMegabytes()));
		return "redirect:/admin/pages";
	}

}
