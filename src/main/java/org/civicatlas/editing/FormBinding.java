package org.civicatlas.editing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.civicatlas.system.BadRequestException;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Keeps a form record whose components could not all be converted ({@code value=四百三十},
 * {@code version=abc}) usable for showing its errors. Spring builds such a record anyway
 * (the unconvertible components null, or 0 for a {@code long}) and records a field error
 * for each, but the errors it hands over keep a {@code null} target: the first rule that
 * rejects a value, and the first field the form view shows, then fail ("Cannot access
 * properties on null bean instance"). Here the errors are moved onto a binder for the
 * record that was built, configured by the controller's {@code @InitBinder} like the
 * first ({@link Forms}): every field shows what was typed or what the record holds, and
 * the rules add their errors as usual. A record that could not be built at all leaves no
 * form to show the errors in: a 400. (A hidden field of the wrong kind, such as
 * {@code version=abc}, is listed in the form's summary of errors, and nothing is saved.)
 * <p>
 * A {@link WholeForm} is checked before it is bound: a request that leaves out one of its
 * fields is answered 400 ({@link IncompleteFormException}), because Spring binds an
 * absent field as null, like one sent empty, and saving that would blank the stored
 * value.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			public void afterPropertiesSet() {
				super.afterPropertiesSet();
				List<HandlerMethodArgumentResolver> resolvers = getArgumentResolvers();
				if (resolvers != null) {
					setArgumentResolvers(resolvers.stream()
						.map(resolver -> resolver instanceof ModelAttributeMethodProcessor forms ? new BuiltForms(forms)
								: resolver)
						.toList());
				}
			}

		};
	}

	/**
	 * Resolves model attributes as Spring does, then gives the errors of a partly
	 * converted record their target.
	 */
	private record BuiltForms(ModelAttributeMethodProcessor delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			if (parameter.hasParameterAnnotation(WholeForm.class)) {
				requireEveryField(parameter.getParameterType(), request.getParameterMap());
			}
			Object form = delegate.resolveArgument(parameter, container, request, binders);
			String name = ModelFactory.getNameForParameter(parameter);
			if (!(container.getModel().get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult errors)
					|| errors.getTarget() != null || !errors.hasErrors() || parameter.isOptional()) {
				return form;
			}
			if (form == null) {
				throw new BadRequestException("form fields of the wrong kind");
			}
			WebDataBinder binder = binders.createBinder(request, form, name);
			binder.getBindingResult().addAllErrors(errors);
			container.removeAttributes(errors.getModel());
			container.addAllAttributes(binder.getBindingResult().getModel());
			return form;
		}

		/**
		 * Present: the field itself, or the marker ({@code _name}) a group of boxes sends
		 * when none is ticked.
		 */
		private static void requireEveryField(Class<?> form, Map<String, String[]> parameters) {
			if (!form.isRecord()) {
				throw new IllegalStateException(form.getName() + " is marked @WholeForm but is not a record");
			}
			List<String> missing = Arrays.stream(form.getRecordComponents())
				.map(component -> component.getName())
				.filter(name -> !parameters.containsKey(name)
						&& !parameters.containsKey(WebDataBinder.DEFAULT_FIELD_MARKER_PREFIX + name))
				.toList();
			if (!missing.isEmpty()) {
				throw new IncompleteFormException(missing);
			}
		}

	}

}
