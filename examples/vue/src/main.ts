// Register the four tags this page uses (not the whole library) before Vue mounts, so that Vue
// finds the elements' properties (`'pageSize' in element`) and sets them as properties.
import '@mobility-kit/elements/provider/define.js';
import '@mobility-kit/elements/vacancies/define.js';
import '@mobility-kit/elements/stories/define.js';
import '@mobility-kit/elements/calculator/define.js';
import { createApp } from 'vue';
import App from './App.vue';
import { apiBaseUrl } from './api';
import './portal.css';

createApp(App, { apiBaseUrl: apiBaseUrl() }).mount('#app');
