/** JPA repository for risk assessments; depends on the assessment domain and Jakarta Persistence. */
package com.fintune.assessment.infrastructure;
