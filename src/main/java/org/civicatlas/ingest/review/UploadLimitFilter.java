package org.civicatlas.ingest.review;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civicatlas.editing.Notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Answers a page over the upload limit with the review queue and the limit, instead of
 * the container's bare "413" page. Tomcat refuses the body when the request's parameters
 * are first read, and Spring Security's CSRF check reads them before any controller or
 * controller advice could answer; so this filter runs ahead of the security filters and
 * reads the parts of an upload itself (the container keeps them for the controller). A
 * body that cannot be parsed is a 400 page here, for the same reason. It changes nothing
 * and reveals nothing, so it may run before the editor is known: the queue it redirects
 * to asks for sign-in as usual.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	private static final String QUEUE = "/admin/pages";

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	private final DataSize limit;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size}") DataSize limit) {
		this.limit = limit;
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !QUEUE.equals(path) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			FlashMap flash = new FlashMap();
			flash.put(Notice.ATTRIBUTE, Notice.problem("ingest.upload.tooLarge", limit.toMegabytes()));
			flash.setTargetRequestPath(QUEUE);
			flashMaps.saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + QUEUE);
			return;
		}
		catch (MultipartException ex) {
			// a body that is not multipart as it claims (cut short, no boundary) is no
			// upload at all
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

}
