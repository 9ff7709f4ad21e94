package com.cocoonmail.spring.client.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Base of the builders of {@link Contact} and {@link Recipient}: besides attributes, both
 * carry the mailing lists and the tags of the contact.
 *
 * @param <B> the type of the concrete builder, returned by every method
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public abstract class ContactPropertiesBuilder<B extends ContactPropertiesBuilder<B>> extends AttributesBuilder<B> {

	private final List<String> lists = new ArrayList<>();

	private final List<String> tags = new ArrayList<>();

	ContactPropertiesBuilder() {
	}

	/**
	 * Add the given mailing lists to those already set.
	 * @param lists the mailing lists to add
	 * @return this builder
	 */
	public B lists(Collection<String> lists) {
		this.lists.addAll(lists);
		return self();
	}

	/**
	 * Add mailing lists.
	 * @param lists the mailing lists to add
	 * @return this builder
	 */
	public B lists(String... lists) {
		return lists(Arrays.asList(lists));
	}

	/**
	 * Add one mailing list.
	 * @param list the mailing list
	 * @return this builder
	 */
	public B list(String list) {
		this.lists.add(list);
		return self();
	}

	/**
	 * Add the given tags to those already set.
	 * @param tags the tags to add
	 * @return this builder
	 */
	public B tags(Collection<String> tags) {
		this.tags.addAll(tags);
		return self();
	}

	/**
	 * Add tags.
	 * @param tags the tags to add
	 * @return this builder
	 */
	public B tags(String... tags) {
		return tags(Arrays.asList(tags));
	}

	/**
	 * Add one tag.
	 * @param tag the tag
	 * @return this builder
	 */
	public B tag(String tag) {
		this.tags.add(tag);
		return self();
	}

	/**
	 * Return a copy of the mailing lists added so far.
	 * @return the copy, or {@code null} when there are none
	 */
	@Nullable List<String> getLists() {
		return ModelCollections.copyOf(this.lists);
	}

	/**
	 * Return a copy of the tags added so far.
	 * @return the copy, or {@code null} when there are none
	 */
	@Nullable List<String> getTags() {
		return ModelCollections.copyOf(this.tags);
	}

}
