import { defineApiContract } from './apiContract';
import { createHttpHost, createInProcessHost } from './contractHosts';

defineApiContract('in-process client', createInProcessHost);
defineApiContract('HTTP client over the web host', createHttpHost);
