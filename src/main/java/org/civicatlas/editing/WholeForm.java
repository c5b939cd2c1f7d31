package org.civicatlas.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the form record of an edit: every one of its components must be in the request,
 * as the value typed (empty when emptied) or as Spring's field marker {@code _name} that
 * a group of boxes sends when none is ticked. A browser always sends them all; a request
 * that leaves one out is answered 400 before anything is bound, so that an absent field
 * never saves as a blanked one ({@link FormBinding}, docs/admin.md "Edit forms").
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WholeForm {

}
