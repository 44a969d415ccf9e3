/** The taxonomy API: GET /categories, the 12 denial-reason categories (open). Reads fintune-ml's ReasonCategory. */
package com.fintune.interfaces.rest.taxonomy;
