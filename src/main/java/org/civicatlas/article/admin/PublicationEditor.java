package org.civicatlas.article.admin;

import org.civicatlas.article.SourcePage;
import org.civicatlas.article.SourcePageRepository;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves the publication data of a source page, refusing a save based on an old
 * version.
 */
@Service
class PublicationEditor {

	private final SourcePageRepository pages;

	PublicationEditor(SourcePageRepository pages) {
		this.pages = pages;
	}

	@Transactional(readOnly = true)
	SourcePage page(long id) {
		return pages.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
	}

	@Transactional
	void update(long id, PublicationForm form) {
		SourcePage page = page(id);
		StaleEditException.check("page " + id, form.version(), page.getVersion());
		page.describe(form.publication());
		pages.flush();
	}

}
